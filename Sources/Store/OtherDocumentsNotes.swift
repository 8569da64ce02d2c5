import Content

/// The notes of the documents still present besides the one opening (a library's other reviews, the
/// built-in Child J among them): never taken for an earlier version of it, however alike. A notes file is
/// theirs when it is named as one of theirs, when it was last written for one of their sources, or, written
/// for none of the documents present, when one of them is at least as like it as this document is.
public struct OtherDocumentsNotes: Sendable {
    /// The notes files' names of the other documents (each one's key and distinct key).
    public var fileNames: Set<String>
    /// The other documents' sources (where each was read from) and fingerprints.
    public var documents: [(source: String, fingerprint: TextFingerprint)]

    public init(fileNames: Set<String> = [], documents: [(source: String, fingerprint: TextFingerprint)] = []) {
        self.fileNames = fileNames
        self.documents = documents
    }

    public static let none = OtherDocumentsNotes()

    /// Whether the notes file `name`, last written for `notesSource` with `notesFingerprint`, is another
    /// document's rather than an earlier version of the document read from `source` with `fingerprint`.
    public func claim(_ name: String, source notesSource: String, fingerprint notesFingerprint: TextFingerprint,
                      over source: String, _ fingerprint: TextFingerprint) -> Bool {
        fileNames.contains(name) || Self.claim(source: notesSource, fingerprint: notesFingerprint, over: source, fingerprint, by: documents)
    }

    /// Whether notes last written for `notesSource` with `notesFingerprint` are one of `others`' rather than
    /// the document's read from `source` with `fingerprint` (an unknown source is "").
    static func claim(source notesSource: String, fingerprint notesFingerprint: TextFingerprint,
                      over source: String, _ fingerprint: TextFingerprint,
                      by others: some Sequence<(source: String, fingerprint: TextFingerprint)>) -> Bool {
        // Written for this document's source: an earlier version of it (a review added again, changed).
        if !source.isEmpty && notesSource == source { return false }
        if !notesSource.isEmpty && others.contains(where: { $0.source == notesSource }) { return true }
        // Written for none of them: the document it is most like has it, and a tie leaves it alone.
        let mine = notesFingerprint.similarity(to: fingerprint)
        return others.contains { notesFingerprint.similarity(to: $0.fingerprint) >= mine }
    }
}
