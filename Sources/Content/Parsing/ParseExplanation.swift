/// Why the scanner read a stretch of source lines as it did, kept with the document for
/// `casebook check --explain`: what the line was read as comes from the finished model (its
/// source spans), why from here. One per unit, so a paragraph's lines share one rule.
public struct LineRule: Sendable, Hashable {
    /// What kind of line the scanner took it for, before the assembler placed it.
    public enum Shape: Sendable, Hashable {
        /// Prose: a paragraph, a list item, a lettered line.
        case text
        /// A heading, a section heading, a response label: structure.
        case structure
        case tableHeader
        /// A table row: a whole recommendation.
        case tableRow
    }

    /// Why: the rule's words, or the heading a plain "Recommendation 3" rule quotes — kept as the
    /// heading itself (shared with the model), so that 100,000 headings hold no rule text.
    private enum Reason: Sendable {
        case words(String)
        case heading(String)
        /// The standard "Recommendation 3", made when asked for (`StandardHeading`).
        case standardHeading(Int)
    }

    public var lines: SourceSpan
    public var shape: Shape
    private var reason: Reason
    /// The start of the first line, for showing.
    public var excerpt: String {
        get {
            if let storedExcerpt { return storedExcerpt }
            if case let .standardHeading(number) = reason { return StandardHeading.words(number) }
            return ""
        }
        set { storedExcerpt = newValue }
    }
    /// nil when the excerpt is a standard heading's words, the rule's own.
    private var storedExcerpt: String?

    public init(lines: SourceSpan, shape: Shape, rule: String, excerpt: String) {
        self.init(lines: lines, shape: shape, reason: .words(rule), excerpt: excerpt)
    }

    private init(lines: SourceSpan, shape: Shape, reason: Reason, excerpt: String?) {
        self.lines = lines
        self.shape = shape
        self.reason = reason
        storedExcerpt = excerpt
    }

    /// The rule that classified the lines: "heading 'Recommendation 3'", "hint --recommendations"…
    public var rule: String {
        get {
            switch reason {
            case let .words(words): return words
            case let .heading(heading): return SourceUnit.Kind.headingRule(heading)
            case let .standardHeading(number): return SourceUnit.Kind.headingRule(StandardHeading.words(number))
            }
        }
        set { reason = .words(newValue) }
    }

    public static func == (lhs: LineRule, rhs: LineRule) -> Bool {
        lhs.lines == rhs.lines && lhs.shape == rhs.shape && lhs.rule == rhs.rule && lhs.excerpt == rhs.excerpt
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lines)
        hasher.combine(shape)
        hasher.combine(rule)
        hasher.combine(excerpt)
    }

    /// The longest excerpt kept: enough for a terminal line, not the whole document twice.
    static let excerptLength = 80

    /// One per block: a heading or label with text on its own line ("1. The board should…", "Response:
    /// Done.") is one row, and an unlabelled response's opening gives its rule to the paragraph it opens.
    static func rules(for units: [SourceUnit]) -> [LineRule] {
        var rules: [LineRule] = []
        // At most one a unit: grown by doubling, a document of headings held half as many again.
        rules.reserveCapacity(units.count)
        var pending: String?
        for unit in units {
            if case .label("") = unit.kind {
                pending = unit.rule ?? unit.kind.rule
                continue
            }
            if let rule = pending {
                pending = nil
                rules.append(LineRule(lines: unit.span, shape: unit.shape, rule: rule, excerpt: excerpt(unit.excerpt)))
                continue
            }
            if unit.carriesText, unit.rule == nil, let last = rules.last, last.shape == .structure, last.lines.last == unit.span.first {
                rules[rules.count - 1].lines.last = unit.span.last
                rules[rules.count - 1].excerpt = excerpt([last.excerpt, unit.excerpt].filter { !$0.isEmpty }.joined(separator: " "))
                continue
            }
            let reason: Reason = if unit.rule == nil, case let .heading(heading) = unit.kind {
                heading.isStandard ? .standardHeading(heading.number) : .heading(heading.heading)
            } else {
                .words(unit.rule ?? unit.kind.rule)
            }
            // A bare standard heading's excerpt is its rule's words: made when asked for, not kept.
            let bareStandard = if case .standardHeading = reason, case let .heading(heading) = unit.kind, heading.title == nil { true } else { false }
            rules.append(LineRule(lines: unit.span, shape: unit.shape, reason: reason, excerpt: bareStandard ? nil : excerpt(unit.excerpt)))
        }
        return rules
    }

    /// The start of a unit's words; the words themselves (not a copy) when they are short enough.
    private static func excerpt(_ words: String) -> String {
        words.utf8.count <= excerptLength ? words : String(words.prefix(excerptLength))
    }
}

extension SourceUnit {
    var shape: LineRule.Shape {
        if case .tableHeader = kind { return .tableHeader }
        if case .tableRow = kind { return .tableRow }
        return carriesText ? .text : .structure
    }

    /// The unit's own words for the excerpt; a table header its column names.
    var excerpt: String {
        switch kind {
        case let .heading(heading): return heading.title.map { heading.heading + " " + $0 } ?? heading.heading
        case let .section(title): return title
        case let .label(label): return label
        case let .lettered(_, marker), let .item(marker): return ([marker] + lines.prefix(1)).joined(separator: " ")
        case .paragraph: return lines.first ?? ""
        case let .tableHeader(columns): return columns.headerText
        case let .tableRow(row): return row.cells.joined().map(\.text).joined(separator: " | ")
        }
    }
}

extension SourceUnit.Kind {
    /// The parser's rule for this kind of line, in the words `check --explain` shows.
    var rule: String {
        switch self {
        case let .heading(heading): return Self.headingRule(heading.heading)
        case .section: return "a heading alone on its line"
        case let .label(label): return label.isEmpty ? "unlabelled response" : "label '\(label)'"
        case let .lettered(_, marker): return "lettered '\(marker)'"
        case let .item(marker): return "list marker '\(marker)'"
        case .paragraph: return "plain text"
        case .tableHeader: return "a header row naming the columns"
        case .tableRow: return "a row under the header row"
        }
    }

    /// The rule of a heading read by its word: "heading 'Recommendation 3'".
    static func headingRule(_ heading: String) -> String { "heading '\(heading)'" }
}
