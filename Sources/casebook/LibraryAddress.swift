import Content

/// A library id typed where a file goes, alone or with an item: "12", "12:5b", "12:PR2", "12:intro".
struct LibraryAddress {
    let id: Int
    /// What follows the colon, nil when nothing does.
    let item: String?

    init?(_ text: String) {
        if let id = DocumentArgument.libraryID(text) {
            (self.id, item) = (id, nil)
            return
        }
        guard let colon = text.firstIndex(of: ":"), let id = DocumentArgument.libraryID(String(text[..<colon])) else { return nil }
        (self.id, item) = (id, String(text[text.index(after: colon)...]))
    }

    /// Whether the item names the introduction (or there is none), where a review opens anyway.
    var isIntroduction: Bool { item.map { ["intro", "introduction"].contains($0.lowercased()) } ?? true }

    /// The item as the browser goes to it: a code ("PR2", its series kept) tried first, else an id ("5b",
    /// "R3" is 3 where there is no R series), as `show` reads it; nil for the introduction or what is neither.
    var itemID: ItemID? {
        guard let item, !isIntroduction else { return nil }
        if let code = ItemCode(parsing: item) { return ItemID(number: code.number, part: code.part, series: code.series) }
        return ItemID(parsing: item)
    }
}
