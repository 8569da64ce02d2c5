import Content

/// Which notes file is which library review's: a review with no file of its own must not take another
/// review's for an earlier version of itself (reviews written from one template are alike enough to
/// pass the fingerprint's test), so its store and `MarkedDocuments` leave those files alone (see
/// `OtherDocumentsNotes`). A review added again changed keeps its library id, its source and its new
/// identity: its old file, written for its source, is still its own.
public struct LibraryNotesFiles: Sendable {
    /// Each file name a review's notes may have (its key's, and its distinct key's), with its reviews.
    private var owners: [String: Set<Int>] = [:]
    private let identities: [Int: DocumentIdentity]
    /// Where each review was read from, as its notes file records it (none known: files are told apart
    /// by their names and fingerprints alone).
    public let sources: [Int: String]

    public init(_ identities: [Int: DocumentIdentity], sources: [Int: String] = [:]) {
        self.identities = identities
        self.sources = sources
        for (id, identity) in identities {
            for name in Self.names(of: identity) { owners[name, default: []].insert(id) }
        }
    }

    /// Whether `name` is the notes file of a review other than `id`.
    public func isOthers(_ name: String, besides id: Int) -> Bool {
        guard let ids = owners[name] else { return false }
        return ids.contains { $0 != id }
    }

    /// Whether the file `name`, last written for `source` with `fingerprint`, is another review's than `id`'s.
    public func isOthers(_ name: String, source: String?, fingerprint: TextFingerprint, besides id: Int) -> Bool {
        if isOthers(name, besides: id) { return true }
        guard let source, let identity = identities[id] else { return false }
        return OtherDocumentsNotes.claim(source: source, fingerprint: fingerprint, over: sources[id] ?? "", identity.fingerprint,
                                         by: documents(besides: id))
    }

    /// The notes of the reviews other than `id`, for its `NoteStore`.
    public func others(besides id: Int) -> OtherDocumentsNotes {
        OtherDocumentsNotes(fileNames: Set(owners.keys.filter { isOthers($0, besides: id) }), documents: Array(documents(besides: id)))
    }

    private func documents(besides id: Int) -> some Sequence<(source: String, fingerprint: TextFingerprint)> {
        identities.lazy.filter { $0.key != id }.map { (source: sources[$0.key] ?? "", fingerprint: $0.value.fingerprint) }
    }

    private static func names(of identity: DocumentIdentity) -> [String] {
        [identity.key + ".json", identity.distinctKey + ".json"]
    }
}

extension LibraryNotesFiles {
    /// The catalog's reviews' files, as far as it knows them without parsing (the built-in Child J's
    /// among them), with the sources their notes files record.
    public init(catalog: any LibraryCatalog) throws {
        let entries = try catalog.entries()
        self.init(try catalog.keptNotesIdentities(),
                  sources: Dictionary(entries.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first }))
    }
}
