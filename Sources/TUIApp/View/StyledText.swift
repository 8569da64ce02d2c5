/// What a piece of text is, so the theme can choose its look (colour plus an attribute).
enum TextRole: Sendable, Hashable {
    case body, title, heading, label, marker, term, dim
}

/// A run of text in one role.
struct StyledRun: Sendable, Hashable {
    var text: String
    var role: TextRole

    init(_ text: String, _ role: TextRole = .body) {
        self.text = text
        self.role = role
    }
}

/// Where a reader line comes from: the paragraph (piece) and the first word on it. Word indexes do
/// not depend on the width, so a resize can find the same place in the re-wrapped text.
struct ReaderAnchor: Sendable, Hashable, Comparable {
    var piece: Int
    var word: Int

    static func < (lhs: ReaderAnchor, rhs: ReaderAnchor) -> Bool {
        (lhs.piece, lhs.word) < (rhs.piece, rhs.word)
    }
}

/// One wrapped line of the reader.
struct ReaderLine: Sendable, Hashable {
    var indent: Int
    var runs: [StyledRun]
    var anchor: ReaderAnchor
    /// The item this line begins (a part's first line), so selecting it can scroll here.
    var begins: Selection?

    var isBlank: Bool { runs.allSatisfy { $0.text.allSatisfy { $0 == " " } } }
    var plainText: String { String(repeating: " ", count: indent) + runs.map(\.text).joined() }
}

/// Cuts text to a column width, ending with "…" when something was cut.
enum Truncate {
    static func toWidth(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        let safe = TerminalSafeText.oneLine(text)
        if DisplayWidthOf.string(safe) <= width { return safe }
        var result = ""
        var used = 0
        for character in safe {
            let w = DisplayWidthOf.character(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }
}
