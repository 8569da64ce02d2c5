/// A cell of an action-plan table kept in the author's words under its column's name: who leads
/// ("Lead: Health"), by when ("Target: March 2024"), the stated status ("RAG: Amber"), or any
/// other column the parser has no use for, so that nothing the author wrote is lost.
public struct LabelledField: Sendable, Hashable {
    public enum Role: String, Sendable, Codable {
        /// "Lead", "Owner", "Responsibility", "Lead agency".
        case owner
        /// "Date", "Timescale", "Target", "Target date", "Deadline".
        case due
        /// "RAG", "Status", "Assessment".
        case status
        /// A column with no role of its own ("Evidence", "Comments").
        case other
    }

    /// The column's name as the header row wrote it ("Lead agency", "Target date").
    public var column: String
    public var role: Role
    /// The cell's text, its lines joined by single spaces.
    public var text: String
    public var lines: SourceSpan

    public init(column: String, role: Role, text: String, lines: SourceSpan) {
        self.column = column
        self.role = role
        self.text = text
        self.lines = lines
    }
}

extension Recommendation {
    /// The stated owner: the text of the first "Lead"/"Owner" column, when the source has one.
    public var owner: String? { fields.first { $0.role == .owner }?.text }

    /// The stated due date: the text of the first "Target"/"Date" column, when the source has one.
    public var due: String? { fields.first { $0.role == .due }?.text }
}
