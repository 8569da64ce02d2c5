/// A review response as published: title, introduction, groups of recommendations.
public struct ReviewDocument: Sendable, Hashable {
    /// Where the text came from: a path, or the built-in document's name.
    public var source: String
    /// The leading title lines (organisation, then title).
    public var titleLines: [String] { didSet { text = DocumentText(self) } }
    public var introduction: [Block] { didSet { text = DocumentText(self) } }
    public var sections: [Section] { didSet { text = DocumentText(self) } }
    /// Every piece of text in reading order with its place: walked once, here, and kept in step
    /// with the parts above.
    public private(set) var text = DocumentText()
    /// Lines recognised as page layout (footers, running headers, page numbers) and kept out of the prose.
    public var furniture: [FurnitureLine]
    public var warnings: ParseWarnings
    /// Why each stretch of the source was read as it was, for `check --explain`.
    public var lineRules: [LineRule] = []
    /// The user's parse hints the document was read with (flags, or its sidecar's `[parsing]`).
    public var hints = ParseHints()
    /// The document's own agencies and acronyms, read from beside it; nil when it has none.
    public var localData: LocalData?
    /// The user's own data files, laid under the local data (`UserDataFolder`); nil when none were read.
    public var userData: UserData?

    public init(source: String, titleLines: [String] = [], introduction: [Block] = [], sections: [Section] = [],
                furniture: [FurnitureLine] = [], warnings: [ParseWarning] = []) {
        self.source = source
        self.titleLines = titleLines
        self.introduction = introduction
        self.sections = sections
        self.furniture = furniture
        self.warnings = ParseWarnings(warnings)
        text = DocumentText(self)
    }

    /// The text of the piece a place is in.
    public func text(at place: Place) -> String? { text.piece(at: place)?.text }

    /// The title the source declares (a web page's `<h1>` or `<title>`, a PDF's or Word file's title
    /// property) when the text has no title lines; shown, never part of the text.
    public var declaredTitle: String?

    /// The document's title: its last title line ("Response to the Recommendations from…") — the one
    /// before it when the last is a subtitle or a date ("Second edition", "March 2024") — else the
    /// title its source declares, else its file's name — never a whole path.
    public var title: String { TitleLines.title(of: titleLines) ?? declaredTitle ?? fileName }

    /// The title lines other than the title, in order (organisation, subtitle), so that an output
    /// that prints the title first leaves none out.
    public var titleLinesBesideTitle: [String] {
        guard let index = TitleLines.titleIndex(of: titleLines) else { return [] }
        var lines = titleLines
        lines.remove(at: index)
        return lines
    }

    /// The last component of `source`: "child-t.html" for "/home/me/Downloads/child-t.html".
    public var fileName: String {
        source.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? source
    }
    /// The organisation, when the title has more than one line.
    public var organisation: String? { titleLines.count > 1 ? titleLines.first : nil }

    /// Every recommendation in order. Built on each call: on hot paths prefer the look-ups below,
    /// which walk the sections without copying them.
    public var recommendations: [Recommendation] { sections.flatMap(\.recommendations) }

    public var recommendationCount: Int { sections.reduce(0) { $0 + $1.recommendations.count } }

    /// The first recommendation with the id's number, or with a series the one in that series.
    public func recommendation(_ id: ItemID) -> Recommendation? {
        guard !id.series.isEmpty else { return indexedRecommendation(number: id.number)?.recommendation }
        return ItemCode(series: id.series, number: id.number).flatMap(locate).flatMap { recommendation(at: $0.index) }
    }

    /// The first recommendation with this number, and its index in `recommendations`.
    public func indexedRecommendation(number: Int) -> (index: Int, recommendation: Recommendation)? {
        var offset = 0
        for section in sections {
            if let local = section.recommendations.firstIndex(where: { $0.number == number }) {
                return (offset + local, section.recommendations[local])
            }
            offset += section.recommendations.count
        }
        return nil
    }

    /// The recommendation at an index of `recommendations`.
    public func recommendation(at index: Int) -> Recommendation? {
        var rest = index
        for section in sections {
            if rest < section.recommendations.count { return rest >= 0 ? section.recommendations[rest] : nil }
            rest -= section.recommendations.count
        }
        return nil
    }

    public func part(_ id: ItemID) -> Part? {
        guard let letter = id.part else { return nil }
        return recommendation(id)?.part(letter)
    }

    /// Whether `id` names something in this document (a recommendation, or one of its parts).
    public func contains(_ id: ItemID) -> Bool {
        id.part == nil ? recommendation(id) != nil : part(id) != nil
    }

    /// The section holding a recommendation.
    public func section(containing number: Int) -> Section? {
        sections.first { $0.recommendations.contains { $0.number == number } }
    }
}

/// A group of recommendations ("Recommendations related to learning from Child J").
public struct Section: Sendable, Hashable {
    /// The heading as written; nil for recommendations that come before any heading.
    public var title: String?
    /// Prose between the heading and the first recommendation.
    public var blocks: [Block]
    public var recommendations: [Recommendation]
    public var lines: SourceSpan

    public init(title: String?, blocks: [Block] = [], recommendations: [Recommendation] = [], lines: SourceSpan) {
        self.title = title
        self.blocks = blocks
        self.recommendations = recommendations
        self.lines = lines
    }
}

/// A source line recognised as page layout rather than prose.
public struct FurnitureLine: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case pageBreak = "page break", pageNumber = "page number", runningHeader = "running header"
        /// A web page's navigation, banner, toggle, script and the like (never a line of the text).
        case webPageElement = "web page element"
    }
    public var line: Int
    public var text: String
    public var kind: Kind

    public init(line: Int, text: String, kind: Kind) {
        self.line = line
        self.text = text
        self.kind = kind
    }
}
