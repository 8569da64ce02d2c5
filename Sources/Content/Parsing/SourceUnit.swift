/// A structural piece of the source, found line by line before the document is assembled:
/// a heading, a label, or a run of text lines that belong together.
struct SourceUnit {
    enum Kind {
        /// Its `rest` is its title, or empty: text after the heading is a paragraph unit of its own
        /// (one string, not two, in every unit: a document of headings is as many units).
        case heading(LinePatterns.Heading)
        case section(String)
        case label(String)
        /// "a) …", "(b) …": a part, or a lettered list item, depending on where it stands.
        case lettered(Character, marker: String)
        case item(marker: String)
        case paragraph
        /// An action plan's header row (`TableRows`).
        /// Boxed (`indirect`), as is a row: rare, and larger than any other kind, which every unit
        /// would take room for.
        indirect case tableHeader(TableColumns)
        /// A table row: a recommendation with its response and fields.
        indirect case tableRow(TableRow)
    }

    var kind: Kind
    /// The text lines (trimmed), for units that carry text.
    var lines: [String]
    var span: SourceSpan
    /// Why the line was read so, when the kind alone does not say (a hint, a table); for `check --explain`.
    var rule: String?

    /// The text as one paragraph: lines joined by single spaces.
    var text: String { lines.joined(separator: " ") }

    var carriesText: Bool {
        switch kind {
        case .lettered, .item, .paragraph: return true
        case .heading, .section, .label, .tableHeader, .tableRow: return false
        }
    }
}
