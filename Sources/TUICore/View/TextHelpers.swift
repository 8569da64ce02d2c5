import Content

/// Thin names for the Content text helpers, so the view code reads plainly.
enum DisplayWidthOf {
    static func character(_ character: Character) -> Int { DisplayWidth.of(character) }
    static func string<S: StringProtocol>(_ text: S) -> Int { DisplayWidth.of(text) }
}

enum TerminalSafeText {
    /// Document text made safe and single-line: runs of whitespace (newlines, tabs) become one space,
    /// control characters become visible (`^[`).
    static func clean(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).map { TerminalSafe.sanitize(String($0)) }
        return words.joined(separator: " ")
    }

    /// Text made safe for one line without touching its spacing: newlines and tabs become spaces.
    static func oneLine(_ text: String) -> String {
        TerminalSafe.sanitize(String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
    }

    /// Trims spaces and the given punctuation from both ends.
    static func trim(_ text: String, also extra: Set<Character> = []) -> String {
        let drop: (Character) -> Bool = { $0.isWhitespace || extra.contains($0) }
        var slice = Substring(text)
        while let first = slice.first, drop(first) { slice = slice.dropFirst() }
        while let last = slice.last, drop(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
