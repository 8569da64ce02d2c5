/// What a format reader (PDF, Word, web page) hands the parser: the document's text as lines, with
/// what the source's structure told about some of them, and the furniture it took out.
///
/// The contract: paragraphs are separated by a blank line; a heading is a line of its own; a list
/// item starts with its marker as the reader would see it ("1. ", "a) ", "• "), also when the
/// source numbered it automatically; a table row is one line whose cells are separated by a tab,
/// however many lines a cell ran over in the source. Every word of the source outside furniture
/// is in `text`, exactly once.
public struct ExtractedText: Sendable, Equatable {
    public enum LineRole: Sendable, Equatable {
        /// A heading, by style or type size; level 1 is the largest.
        case heading(level: Int)
        /// A table row; `header` when it names the columns.
        case tableRow(header: Bool)
    }

    public var format: DocumentFormat
    /// The lines, joined by "\n".
    public var text: String
    /// What is known of particular lines, by 1-based line number in `text`.
    public var roles: [Int: LineRole]
    /// The title the source declares (a PDF's or Word file's title property, a page's `<h1>`), when trustworthy.
    public var declaredTitle: String?
    /// What was kept out of `text` as page layout or site furniture, for `check`. Line numbers refer to
    /// the nearest line of `text`.
    public var furniture: [FurnitureLine]
    public var warnings: [ParseWarning]

    public init(format: DocumentFormat, text: String, roles: [Int: LineRole] = [:], declaredTitle: String? = nil,
                furniture: [FurnitureLine] = [], warnings: [ParseWarning] = []) {
        self.format = format
        self.text = text
        self.roles = roles
        self.declaredTitle = declaredTitle
        self.furniture = furniture
        self.warnings = warnings
    }
}
