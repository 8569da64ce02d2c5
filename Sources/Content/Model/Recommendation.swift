/// A numbered recommendation: its own text, its parts (a, b, c) and the response to it.
public struct Recommendation: Sendable, Hashable {
    public var number: Int {
        get { storedNumber }
        set {
            // A standard heading is the number's own words: keep the old one's.
            let heading = heading
            storedNumber = newValue
            self.heading = heading
        }
    }
    /// The heading as written, up to any title or text on the same line ("Recommendation 3", "Recommendation 1 –").
    public var heading: String {
        get { body?.value.heading ?? StandardHeading.words(storedNumber) }
        set { let stored = StandardHeading.stored(newValue, number: storedNumber); update { $0.heading = stored } }
    }
    /// The title on the heading line ("Recommendation 1: Missing children" → "Missing children").
    public var title: String? {
        get { body?.value.title }
        set { update { $0.title = newValue } }
    }
    /// The recommendation's text before any parts (often all of it).
    public var text: [Block] {
        get { body?.value.text ?? [] }
        set { update { $0.text = newValue } }
    }
    public var parts: [Part] {
        get { body?.value.parts ?? [] }
        set { update { $0.parts = newValue } }
    }
    /// The response ("Action Taken:", "Response:", "Progress update:"…); nil when the source has none.
    public var response: Response? {
        get { body?.value.response?.value }
        set { update { $0.response = newValue.map(Boxed.init) } }
    }
    /// Table cells kept under their column's name (lead, target date, RAG…), in column order; empty
    /// outside tables.
    public var fields: [LabelledField] {
        get { body?.value.fields ?? [] }
        set { update { $0.fields = newValue } }
    }
    public var lines: SourceSpan
    /// The letters of a code series ("E" for "E1.", "PR" for "PR1.", "R" for "Rec 1"); "" otherwise.
    /// Numbers repeat across series: E1 and PR1 are two recommendations numbered 1.
    public var series: String {
        get { body?.value.series ?? "" }
        set { update { $0.series = newValue } }
    }

    private var storedNumber: Int
    /// All but the number and lines, boxed, and nil for a bare standard heading ("Recommendation 3"
    /// with nothing under it): inline with the heading as its own string, 100,000 bare headings took
    /// some 170 bytes each; now 32.
    private var body: Boxed<Body>?

    private struct Body: Sendable, Hashable {
        /// nil for the standard heading (`StandardHeading`).
        var heading: String?
        var title: String?
        var text: [Block] = []
        var parts: [Part] = []
        /// Boxed again: a response's label, lines and stated status are some 60 bytes, answered or not.
        var response: Boxed<Response>?
        var fields: [LabelledField] = []
        var series = ""

        var isBare: Bool {
            heading == nil && title == nil && text.isEmpty && parts.isEmpty && response == nil && fields.isEmpty && series.isEmpty
        }
    }

    /// Changes the body, keeping it nil when bare, so that equal recommendations are stored alike.
    private mutating func update(_ change: (inout Body) -> Void) {
        var value = body?.value ?? Body()
        change(&value)
        body = value.isBare ? nil : Boxed(value)
    }

    public init(number: Int, heading: String, title: String? = nil, text: [Block] = [], parts: [Part] = [],
                response: Response? = nil, fields: [LabelledField] = [], lines: SourceSpan, series: String = "") {
        storedNumber = number
        self.lines = lines
        let body = Body(heading: StandardHeading.stored(heading, number: number), title: title, text: text, parts: parts,
                        response: response.map(Boxed.init), fields: fields, series: series)
        self.body = body.isBare ? nil : Boxed(body)
    }

    public var id: ItemID { ItemID(number: number) }

    /// The recommendation's own words: lead text and every part, as plain text.
    public var fullText: String {
        (text.map(\.plainText) + parts.map(\.plainText)).joined(separator: "\n")
    }

    /// A one-line gist for outlines and lists: the title, or the start of the text.
    public var gist: String {
        if let title, !title.isEmpty { return title }
        let first = text.first?.plainText ?? parts.first?.plainText ?? ""
        return first.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }

    /// "Recommendation 3", from the heading as written without the punctuation before a title
    /// ("Recommendation 1:", "Recommendation 1 –").
    public var headingWords: String {
        let words = TerminalSafe.trim(heading, also: [":", "–", "—", "-", ".", "(", ")"])
        // A bare number ("1.", "(1)", a table's number cell) says which recommendation only under its
        // heading; out of it, say so. A bare "Recommendation" line was numbered in order: say which.
        let bare = !words.contains(where: \.isLetter) || words.lowercased() == "recommendation"
        return bare ? "Recommendation \(number)" : words
    }

    /// "Recommendation 1: Information sharing with schools": the heading's words, then any title.
    public var fullHeading: String {
        guard let title, !title.isEmpty else { return headingWords }
        return headingWords + ": " + title
    }

    public func part(_ letter: Character) -> Part? {
        parts.first { $0.label == letter }
    }
}

/// One lettered part of a recommendation: "a) The PSCP should…".
public struct Part: Sendable, Hashable {
    public var number: Int
    /// The letter, lower case.
    public var label: Character
    /// The marker as written: "a)", "(a)", "a.".
    public var marker: String
    public var blocks: [Block]
    public var lines: SourceSpan

    public init(number: Int, label: Character, marker: String, blocks: [Block], lines: SourceSpan) {
        self.number = number
        self.label = label
        self.marker = marker
        self.blocks = blocks
        self.lines = lines
    }

    public var id: ItemID { ItemID(number: number, part: label) }
    public var plainText: String { blocks.map(\.plainText).joined(separator: "\n") }
}

/// The response to a recommendation, under its label.
public struct Response: Sendable, Hashable {
    /// The label as written: "Action Taken:", "Response:", "Progress update".
    public var label: String
    public var blocks: [Block]
    public var lines: SourceSpan
    /// The status the response opens with or a status column gives ("Agreed.", "Amber"); its words
    /// stay in the blocks too, so nothing is lost.
    public var statedStatus: StatedStatus?
    /// Whether the label is a table column's name ("Action"), written once in the header row rather
    /// than before this response.
    public var labelIsColumn: Bool

    public init(label: String, blocks: [Block], lines: SourceSpan, statedStatus: StatedStatus? = nil,
                labelIsColumn: Bool = false) {
        self.label = label
        self.blocks = blocks
        self.lines = lines
        self.statedStatus = statedStatus
        self.labelIsColumn = labelIsColumn
    }

    public var plainText: String { blocks.map(\.plainText).joined(separator: "\n") }

    /// The label to show: as written, or "Response" when the document gives none (a paragraph that
    /// opens "Agreed." after the recommendation).
    public var displayLabel: String {
        let words = TerminalSafe.trim(label)
        return words.isEmpty ? "Response" : words
    }

    /// The dated progress entries ("March 2021: …", "12/03/2021 – …", a dated sub-heading "Update –
    /// March 2022" over its paragraphs), in the order written. Derived from the blocks, so each entry's
    /// words are in the text walk once, in their block.
    public var timeline: [TimelineEntry] {
        blocks.enumerated().compactMap { index, block in
            let date: String? = switch block.kind {
            case .paragraph: TimelineEntry.date(opening: block.text)
            case .heading: TimelineEntry.date(heading: block.text)
            case .list: nil
            }
            return date.map { TimelineEntry(date: $0, block: index, lines: block.lines) }
        }
    }
}
