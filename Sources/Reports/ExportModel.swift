import Content
import Learning
/// The shape of `casebook export --format json`: plain Codable records, so the JSON is stable
/// even when the model grows. Optional fields that the reader may rely on are written as `null`.
public enum ExportModel {
    public struct Document: Codable, Sendable, Equatable {
        public var title: String
        @NullWhenAbsent public var organisation: String?
        /// Every title line in order (organisation, any line between, title): none is left out.
        public var titleLines: [String]
        public var source: String
        public var introduction: [Block]
        public var sections: [Section]
        public var warnings: [String]
    }

    public struct Section: Codable, Sendable, Equatable {
        @NullWhenAbsent public var title: String?
        /// Prose between the section heading and its first recommendation.
        public var blocks: [Block]
        public var recommendations: [Recommendation]
        public var lines: SourceSpan
    }

    public struct Recommendation: Codable, Sendable, Equatable {
        public var id: String
        public var number: Int
        /// The heading as written: "Recommendation 3:", "E1.", "Rec 2 –", "1.".
        public var heading: String
        @NullWhenAbsent public var title: String?
        /// The lead text's blocks as plain text, joined by blank lines, list items with their markers
        /// ("1. …", "c) …"); "" when there are only parts.
        public var text: String
        public var parts: [Part]
        @NullWhenAbsent public var responseLabel: String?
        /// The status the response states in its own words ("Agreed", "Amber"), apart from `derived`.
        @NullWhenAbsent public var statedStatus: StatedStatus?
        /// Dated progress entries in the response, in order: the date as written and the index in `actions`.
        public var timeline: [TimelineEntry]
        public var actions: [Block]
        /// Table cells under their column's name: who leads, by when, the RAG rating and the rest.
        public var fields: [Field]
        public var lines: SourceSpan
        /// casebook's reading of the recommendation, apart from the author's text; absent only when
        /// the model is made without learning.
        public var derived: Derived?
    }

    public struct StatedStatus: Codable, Sendable, Equatable {
        /// As written: "Partially accepted", "AMBER".
        public var words: String
        /// One of accepted, partially accepted, rejected, agreed, complete, ongoing, not started, red, amber, green.
        public var kind: String
    }

    public struct TimelineEntry: Codable, Sendable, Equatable {
        public var date: String
        public var block: Int
    }

    public struct Field: Codable, Sendable, Equatable {
        /// The column's name as the header row wrote it ("Lead agency").
        public var column: String
        /// `owner`, `due`, `status` or `other`.
        public var role: String
        public var text: String
        public var lines: SourceSpan
    }

    public struct Part: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        /// The marker as written: "a)", "(a)", "a.".
        public var marker: String
        /// The part's blocks as plain text, list items with their markers.
        public var text: String
        public var lines: SourceSpan
    }

    public struct Block: Codable, Sendable, Equatable {
        public var kind: String
        public var text: String
        /// Present for lists only.
        public var items: [Item]?
        public var lines: SourceSpan
    }

    public struct Item: Codable, Sendable, Equatable {
        public var marker: String
        /// Present for term-and-description items only.
        public var term: String?
        public var text: String
    }
}

extension ExportModel.Document {
    /// With `learning`, each recommendation carries its `derived` facts.
    public init(_ document: ReviewDocument, learning: LearningIndex? = nil) {
        title = document.title
        organisation = document.organisation
        titleLines = document.titleLines
        source = document.source
        introduction = document.introduction.map(ExportModel.Block.init)
        // `learning.recommendations` follows `document.recommendations`, section after section.
        var derived = (learning?.recommendations ?? []).makeIterator()
        sections = document.sections.map { section in
            var exported = ExportModel.Section(section)
            for index in exported.recommendations.indices {
                exported.recommendations[index].derived = derived.next().map(ExportModel.Derived.init)
            }
            return exported
        }
        warnings = document.warnings.map(\.description)
    }
}

extension ExportModel.Section {
    public init(_ section: Content.Section) {
        title = section.title
        blocks = section.blocks.map(ExportModel.Block.init)
        recommendations = section.recommendations.map { ExportModel.Recommendation($0) }
        lines = section.lines
    }
}

extension ExportModel.Recommendation {
    public init(_ recommendation: Content.Recommendation) {
        id = recommendation.id.description
        number = recommendation.number
        heading = recommendation.heading
        title = recommendation.title
        text = recommendation.text.map(\.markedText).joined(separator: "\n\n")
        parts = recommendation.parts.map {
            ExportModel.Part(id: $0.id.description, label: String($0.label), marker: $0.marker,
                             text: $0.blocks.map(\.markedText).joined(separator: "\n"), lines: $0.lines)
        }
        responseLabel = recommendation.response?.label
        statedStatus = recommendation.response?.statedStatus.map { ExportModel.StatedStatus(words: $0.words, kind: $0.kind.rawValue) }
        timeline = (recommendation.response?.timeline ?? []).map { ExportModel.TimelineEntry(date: $0.date, block: $0.block) }
        actions = recommendation.response?.blocks.map(ExportModel.Block.init) ?? []
        fields = recommendation.fields.map { ExportModel.Field(column: $0.column, role: $0.role.rawValue, text: $0.text, lines: $0.lines) }
        lines = recommendation.lines
    }
}

extension ExportModel.Block {
    public init(_ block: Content.Block) {
        kind = block.kind.rawValue
        text = block.text
        items = block.kind == .list
            ? block.items.map { ExportModel.Item(marker: $0.marker, term: $0.term, text: $0.text) } : nil
        lines = block.lines
    }
}

extension Content.Block {
    /// The block as plain text with each list item's marker before it: the author's numbering is part of the text.
    var markedText: String {
        ([text].filter { !$0.isEmpty } + items.map(\.markedText)).joined(separator: "\n")
    }
}

extension ListItem {
    /// "1. A trauma informed conference", "c) third", "x." for a marker with no text.
    var markedText: String {
        [marker, fullText].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
