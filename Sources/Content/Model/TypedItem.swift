/// What a user typed to name a recommendation or part (`show`, `present --only/--from`), resolved
/// against one document: a code as the document writes it ("PR2", "pr2b", "E1"), or an id
/// ("5", "5b", "R5b": the first recommendation with the number, as ever).
public enum TypedItem: Sendable, Equatable {
    /// Found: its note key (PR2 where E2 is the first 2; E2 is plain 2), and the index of its
    /// recommendation in `recommendations`.
    case found(key: ItemID, index: Int)
    /// Reads as a code or an id, but the document lacks it: its name ("PR9", "5z"), and the
    /// recommendation's index when only the part is missing.
    case missing(name: String, recommendationIndex: Int?)
    /// Neither a code nor an id.
    case notAnID

    /// Whether `text` could name something in some document (checked before any document is loaded).
    public static func couldName(_ text: String) -> Bool {
        ItemCode(parsing: text) != nil || ItemID(parsing: text) != nil
    }
}

extension ReviewDocument {
    /// Resolves what a user typed. A code comes first, so "PR2" is PR2 and not the first 2; "R3" in a
    /// document without an R series is the id 3.
    public func item(typed text: String) -> TypedItem {
        let code = ItemCode(parsing: text), id = ItemID(parsing: text)
        if let code, let (index, occurrence) = locate(code) {
            return resolved(noteKey(number: code.number, occurrence: occurrence, part: code.part), index: index)
        }
        if let id, let (index, _) = indexedRecommendation(number: id.number) {
            return resolved(id, index: index)
        }
        guard let name = id?.description ?? code?.description else { return .notAnID }
        return .missing(name: name, recommendationIndex: nil)
    }

    /// Found, unless the key names a part the recommendation lacks.
    private func resolved(_ key: ItemID, index: Int) -> TypedItem {
        guard let letter = key.part, recommendation(at: index)?.part(letter) == nil else { return .found(key: key, index: index) }
        return .missing(name: name(of: .item(key)), recommendationIndex: index)
    }
}
