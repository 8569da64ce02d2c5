import Content

/// Which notes file is which library review's: a review with no file of its own must not take another
/// review's for an earlier version of itself (reviews written from one template are alike enough to
/// pass the fingerprint's test), so its store and `MarkedDocuments` leave those files alone. A review
/// added again changed keeps its library id and its new identity, so its old file is no other's.
public struct LibraryNotesFiles: Sendable {
    /// Each file name a review's notes may have (its key's, and its distinct key's), with its reviews.
    private var owners: [String: Set<Int>] = [:]

    public init(_ identities: [Int: DocumentIdentity]) {
        for (id, identity) in identities {
            for name in Self.names(of: identity) { owners[name, default: []].insert(id) }
        }
    }

    /// Whether `name` is the notes file of a review other than `id`.
    public func isOthers(_ name: String, besides id: Int) -> Bool {
        guard let ids = owners[name] else { return false }
        return ids.contains { $0 != id }
    }

    /// The notes files of the reviews other than `id`, for its `NoteStore`.
    public func others(besides id: Int) -> Set<String> {
        Set(owners.keys.filter { isOthers($0, besides: id) })
    }

    private static func names(of identity: DocumentIdentity) -> [String] {
        [identity.key + ".json", identity.distinctKey + ".json"]
    }
}
