import Content

/// Reads ids typed at the `:` prompt: `7`, `5b`, `R3`, also `5 b` and `5(b)` as people write them.
enum ItemIDParsing {
    static func parse(_ text: String) -> ItemID? {
        if let id = ItemID(parsing: text) { return id }
        let squeezed = text.filter { !$0.isWhitespace && $0 != "(" && $0 != ")" && $0 != "." }
        return ItemID(parsing: squeezed)
    }
}
