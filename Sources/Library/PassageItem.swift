import Content

/// The `item` a full-text row stores: its recommendation (or part) as the document writes it ("PR2",
/// "2b", "5"), so a match in PR2 is named PR2, not the 2 that E2 also has. Rows written before this
/// hold the number alone ("2"), and are named by number.
enum PassageItem {
    /// "PR2b" for part b of PR2; "2b" when the recommendation has no code series (or one a code cannot spell).
    static func written(series: String, number: Int, part: Character?) -> String {
        let plain = "\(number)" + (part.map { String($0) } ?? "")
        guard !series.isEmpty, ItemCode(parsing: series + plain)?.series == series.uppercased() else { return plain }
        return series + plain
    }

    /// The id and code series of a stored item ("" for a number as older rows store it); nil when it is neither.
    static func parse(_ item: String) -> (id: ItemID, series: String)? {
        if let code = ItemCode(parsing: item) { return (ItemID(number: code.number, part: code.part), code.series) }
        return ItemID(parsing: item).map { ($0, "") }
    }

    /// SQL for a stored item's number: its code letters, if any, dropped before the digits are read.
    static func numberSQL(_ column: String) -> String {
        "CAST(ltrim(\(column), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') AS INTEGER)"
    }
}

extension LibraryHit {
    /// A hit in the row whose stored item is `item`, named by its code when the row carries one.
    init(document: Int, documentTitle: String, storedItem item: String?, snippet: String, rank: Double) {
        let parsed = item.flatMap(PassageItem.parse)
        self.init(document: document, documentTitle: documentTitle, item: parsed?.id, snippet: snippet, rank: rank,
                  series: parsed?.series ?? "")
    }
}
