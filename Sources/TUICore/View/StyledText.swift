import Content

/// What a piece of text is, so the theme can choose its look (colour plus an attribute).
enum TextRole: Sendable, Hashable {
    case body, title, heading, label, marker, term, dim
    /// What the user wrote (a note, a room's answer), and its "✎" label: never the author's text.
    case note, noteLabel
}

/// Where a run's text comes from in the document: its piece (the place of the whole piece) and
/// the UTF-8 offset of the run's first character in it (negative when the run starts with text of
/// its own, like " ").
struct SourceRef: Sendable, Hashable {
    var place: Place
    var offset: Int
}

/// A run of text in one role.
struct StyledRun: Sendable, Hashable {
    var text: String
    var role: TextRole
    var source: SourceRef?

    init(_ text: String, _ role: TextRole = .body, source: SourceRef? = nil) {
        self.text = text
        self.role = role
        self.source = source
    }
}

/// A word on a reader line that came from the document: where it starts on the line (columns after
/// the indent) and in its piece, so search highlights land on the right cells after any wrapping.
struct LineSegment: Sendable, Hashable {
    var column: Int
    var text: String
    var source: SourceRef
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
    /// The document words on this line, for highlighting matches.
    var segments: [LineSegment] = []

    var isBlank: Bool { runs.allSatisfy { $0.text.allSatisfy { $0 == " " } } }
    var plainText: String { String(repeating: " ", count: indent) + runs.map(\.text).joined() }
}

/// The browser's cut of text to a column width: made one safe line, cut after any character so a
/// narrow row keeps its letters, ending with "…" when something was cut.
enum Truncate {
    static func toWidth(_ text: String, _ width: Int) -> String {
        Truncation.truncate(TerminalSafe.oneLine(text), toWidth: width, cut: .anywhere)
    }

    /// A message cut in its middle, so its end, usually the reason, still shows.
    static func keepingEnd(_ text: String, _ width: Int) -> String {
        Truncation.truncateKeepingEnd(TerminalSafe.oneLine(text), toWidth: width)
    }
}
