import Content

/// One row of the outline, named by where it is in the document rather than by what it shows.
enum OutlineEntry: Sendable, Hashable {
    case introduction
    /// A section's heading, by its index in `ReviewDocument.sections`.
    case section(Int)
    /// A recommendation, by its index in document order (as `recommendationItems`).
    case recommendation(Int)
    /// A recommendation's part, by the recommendation's index and the part's among its parts.
    case part(Int, Int)
}

/// What the outline needs of the document, found once: where each section's recommendations start,
/// the lead the gists drop and where gists that open alike differ. Rows are made from it one at a
/// time (`row(_:)`) when they are shown: a row each, made up front, took 80 bytes and its strings for
/// every one of 100,000 headings.
struct OutlineModel: Sendable {
    let document: ReviewDocument
    /// Each recommendation's item, in document order (shared with the browser's).
    let items: [Place.Item]
    let lookup: RecommendationLookup
    /// Each section's first recommendation's index in document order, then the number of recommendations.
    let sectionStarts: [Int]
    private let gists: GistShortener
    /// Where the words after a shared opening start in a gist (see `SharedOpenings`), by `gistKey`,
    /// sorted; only gists sharing an opening have one.
    private let distinctStarts: [DistinctStart]

    private struct DistinctStart: Sendable {
        var key: Int64
        var start: Int32
    }

    init(document: ReviewDocument, items: [Place.Item], lookup: RecommendationLookup) {
        self.document = document
        self.items = items
        self.lookup = lookup
        var starts = [0]
        starts.reserveCapacity(document.sections.count + 1)
        for section in document.sections { starts.append(starts[starts.count - 1] + section.recommendations.count) }
        sectionStarts = starts
        let gists = GistShortener(document: document)
        self.gists = gists
        distinctStarts = Self.distinctStarts(of: document, gists: gists)
    }

    /// Only gists with words: an empty one shares no opening, and 100,000 bare headings' took 6 MB to compare.
    private static func distinctStarts(of document: ReviewDocument, gists: GistShortener) -> [DistinctStart] {
        var keys: [Int64] = []
        var texts: [String] = []
        var index = 0
        for recommendation in document.sections.lazy.flatMap(\.recommendations) {
            for (part, gist) in [(-1, recommendation.gist)] + recommendation.parts.enumerated().map({ ($0, firstLine($1.plainText)) }) {
                let text = gists.shorten(gist)
                guard !text.isEmpty else { continue }
                keys.append(gistKey(index, part: part))
                texts.append(text)
            }
            index += 1
        }
        return zip(keys, zip(texts, SharedOpenings.distinctRests(of: texts))).compactMap { key, gist in
            gist.1.map { DistinctStart(key: key, start: Int32(gist.0.utf8.count - $0.utf8.count)) }
        }
    }

    private static func gistKey(_ recommendation: Int, part: Int) -> Int64 { Int64(recommendation) << 32 | Int64(part + 1) }

    private static func firstLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }

    private func distinctStart(_ recommendation: Int, part: Int) -> Int32? {
        let key = Self.gistKey(recommendation, part: part)
        let index = distinctStarts.partitionPoint { $0.key >= key }
        return index < distinctStarts.count && distinctStarts[index].key == key ? distinctStarts[index].start : nil
    }

    /// The section holding the recommendation at `index` in document order.
    func section(holding index: Int) -> Int {
        sectionStarts.indices.dropLast().partitionPoint { sectionStarts[$0 + 1] > index }
    }

    func recommendation(_ index: Int) -> Recommendation {
        let section = section(holding: index)
        return document.sections[section].recommendations[index - sectionStarts[section]]
    }

    /// Whether a section has a row: a title, or prose (an untitled one after a table's last row) to be named by.
    func sectionHasRow(_ index: Int) -> Bool {
        document.sections[index].title != nil || !document.sections[index].blocks.isEmpty
    }

    func selection(_ entry: OutlineEntry) -> Selection {
        switch entry {
        case .introduction: .introduction
        case let .section(index): .section(index)
        case let .recommendation(index): Selection(item: items[index])
        case let .part(index, part): Selection(item: items[index], part: recommendation(index).parts[part].label)
        }
    }

    /// The row as the outline shows it, unfolded.
    func row(_ entry: OutlineEntry) -> OutlineRow {
        switch entry {
        case .introduction:
            return OutlineRow(selection: .introduction, kind: .introduction, label: "", text: "Introduction")
        case let .section(index):
            let section = document.sections[index]
            let title = section.title ?? section.blocks.first.map { Self.firstLine($0.plainText) } ?? ""
            return OutlineRow(selection: .section(index), kind: .section, label: "", text: title)
        case let .recommendation(index):
            // "E1" and "PR1" are two recommendations numbered 1: the outline shows the code series.
            let recommendation = recommendation(index)
            var row = OutlineRow(selection: Selection(item: items[index]), kind: .recommendation,
                                 label: recommendation.series + "\(recommendation.number)",
                                 text: gists.shorten(recommendation.gist), hasParts: !recommendation.parts.isEmpty)
            row.distinctStart = distinctStart(index, part: -1)
            return row
        case let .part(index, number):
            let part = recommendation(index).parts[number]
            var row = OutlineRow(selection: Selection(item: items[index], part: part.label), kind: .part,
                                 label: part.id.description, text: gists.shorten(Self.firstLine(part.plainText)))
            row.distinctStart = distinctStart(index, part: number)
            return row
        }
    }

    /// How wide a recommendation's label is ("PR12" is 4), without making it.
    func labelWidth(of recommendation: Recommendation) -> Int {
        var digits = recommendation.number < 0 ? 2 : 1
        var rest = abs(recommendation.number)
        while rest >= 10 { rest /= 10; digits += 1 }
        return recommendation.series.count + digits
    }
}
