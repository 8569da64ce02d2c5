import Content
import Foundation

/// Which of many documents have marks in their notes, from their identities and the notes directory
/// alone, so that the session plan across a library parses only the reviews with marks. Each notes file
/// is read once; each document is given the file `NoteStore.load()` would give it (its own, its distinct
/// one when its own is another document's, or an earlier version's by fingerprint, never another
/// review's of `library`). A document whose file cannot be read cleanly is counted in, so that its own
/// store says what is wrong when it opens.
public enum MarkedDocuments {
    /// The ids among `identities` whose notes may hold marks; `library` (every review's files, by id)
    /// names the files that are not to be taken for an earlier version of a review.
    public static func find(_ identities: [Int: DocumentIdentity], in directory: String,
                            library: LibraryNotesFiles = LibraryNotesFiles([:])) -> Set<Int> {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        guard !names.isEmpty else { return [] }
        var files: [String: NotesFileSummary] = [:]
        for name in names { files[name] = NotesFileSummary(NotesFiles(directory: directory, name: name)) }
        let earlier = EarlierVersions(names.compactMap { name in files[name].map { (name, $0) } })
        return Set(identities.compactMap { id, identity in
            mayHaveMarks(identity, files: files, earlier: earlier, others: { name, file in
                library.isOthers(name, source: file.source, fingerprint: file.fingerprint, besides: id)
            }) ? id : nil
        })
    }

    /// What `NoteStore.load()` reads for `identity`, reduced to whether it may hold marks.
    private static func mayHaveMarks(_ identity: DocumentIdentity, files: [String: NotesFileSummary], earlier: EarlierVersions,
                                     others: (String, EarlierVersions.Candidate) -> Bool) -> Bool {
        var name = identity.key + ".json"
        if let own = files[name], own.reading != .missing {
            guard own.reading == .fine, let fingerprint = own.fingerprint else { return true }
            if identity.isSameDocument(as: fingerprint) { return own.hasMarks }
            // Another document's notes under the same key: this one keeps its own under a distinct name.
            name = identity.distinctKey + ".json"
            if let distinct = files[name], distinct.reading != .missing {
                return distinct.reading != .fine || distinct.hasMarks
            }
        }
        return earlier.bestHasMarks(for: identity, besides: name, others: others)
    }

    /// What matters of one notes file here, as read (snapshot and journal).
    private struct NotesFileSummary {
        var reading: NotesFiles.Reading?
        var fingerprint: TextFingerprint?
        var source: String?
        var hasMarks: Bool

        init(_ files: NotesFiles) {
            // A file that cannot be read at all (nil) is counted in, as a corrupt one is.
            reading = try? files.catchUp()
            fingerprint = files.notes?.fingerprint
            source = files.notes?.source
            hasMarks = reading == nil || !(files.notes?.marks.isEmpty ?? true)
        }
    }

    /// The files `NoteStore`'s search for an earlier version considers: read cleanly, with a fingerprint.
    private struct EarlierVersions {
        struct Candidate {
            var name: String
            var source: String
            var fingerprint: TextFingerprint
            var hasMarks: Bool
        }

        var candidates: [Candidate]
        var marked: [Candidate]

        init(_ files: [(String, NotesFileSummary)]) {
            candidates = files.compactMap { name, file in
                guard file.reading == .fine, let fingerprint = file.fingerprint, !fingerprint.isEmpty else { return nil }
                return Candidate(name: name, source: file.source ?? "", fingerprint: fingerprint, hasMarks: file.hasMarks)
            }
            marked = candidates.filter(\.hasMarks)
        }

        /// Whether the most similar file that is the same document (the first in name order among equals)
        /// has marks, leaving out `name` and the files `others` says are another review's. Only when a file
        /// with marks is similar enough are the others compared: otherwise the best, if any, has none.
        func bestHasMarks(for identity: DocumentIdentity, besides name: String, others: (String, Candidate) -> Bool) -> Bool {
            guard marked.contains(where: { $0.name != name && identity.isSameDocument(as: $0.fingerprint) && !others($0.name, $0) }) else {
                return false
            }
            var best: (hasMarks: Bool, score: Double)?
            for candidate in candidates where candidate.name != name {
                let score = candidate.fingerprint.similarity(to: identity.fingerprint)
                if identity.isSameDocument(as: candidate.fingerprint), score > (best?.score ?? 0), !others(candidate.name, candidate) {
                    best = (candidate.hasMarks, score)
                }
            }
            return best?.hasMarks ?? false
        }
    }
}
