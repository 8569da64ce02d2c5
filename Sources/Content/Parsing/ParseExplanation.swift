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

    public var lines: SourceSpan
    public var shape: Shape
    /// The rule that classified the lines: "\"Recommendation N\" heading", "hint --recommendations"…
    public var rule: String
    /// The start of the first line, for showing.
    public var excerpt: String

    public init(lines: SourceSpan, shape: Shape, rule: String, excerpt: String) {
        self.lines = lines
        self.shape = shape
        self.rule = rule
        self.excerpt = excerpt
    }

    /// The longest excerpt kept: enough for a terminal line, not the whole document twice.
    static let excerptLength = 80

    /// One per block: a heading or label with text on its own line ("1. The board should…", "Response:
    /// Done.") is one row, and an unlabelled response's opening gives its rule to the paragraph it opens.
    static func rules(for units: [SourceUnit]) -> [LineRule] {
        var rules: [LineRule] = []
        var pending: String?
        for unit in units {
            if case .label("") = unit.kind {
                pending = unit.rule ?? unit.kind.rule
                continue
            }
            if let rule = pending {
                pending = nil
                rules.append(LineRule(lines: unit.span, shape: unit.shape, rule: rule, excerpt: String(unit.excerpt.prefix(excerptLength))))
                continue
            }
            if unit.carriesText, unit.rule == nil, let last = rules.last, last.shape == .structure, last.lines.last == unit.span.first {
                rules[rules.count - 1].lines.last = unit.span.last
                rules[rules.count - 1].excerpt = String([last.excerpt, unit.excerpt].filter { !$0.isEmpty }.joined(separator: " ").prefix(excerptLength))
                continue
            }
            rules.append(LineRule(lines: unit.span, shape: unit.shape, rule: unit.rule ?? unit.kind.rule, excerpt: String(unit.excerpt.prefix(excerptLength))))
        }
        return rules
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
        case let .heading(heading, title): return [heading.heading, title].compactMap { $0 }.joined(separator: " ")
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
        case .heading: return "heading 'Recommendation N'"
        case .section: return "a heading alone on its line"
        case let .label(label): return label.isEmpty ? "unlabelled response" : "label '\(label)'"
        case let .lettered(_, marker): return "lettered '\(marker)'"
        case let .item(marker): return "list marker '\(marker)'"
        case .paragraph: return "plain text"
        case .tableHeader: return "a header row naming the columns"
        case .tableRow: return "a row under the header row"
        }
    }
}
