import Content
import Formats
import Foundation
import Learning

/// A document read and derived, ready to be written to the library in one transaction: the work
/// that needs no database (parsing and learning), so it can run on every core while the writer waits.
struct PreparedDocument: Sendable {
    /// One recommendation's derived learning, for the themes matrix and the facets.
    struct RecommendationRow: Sendable {
        var position: Int
        var number: Int
        var status: String?
        var themes: [String]
        var agencies: [String]
        var hasCommitment: Bool
        var hasDue: Bool
        var hasResponse: Bool
        /// What the matrices show of it: its title (or first words) and the agencies it is addressed to.
        var shown: LibraryRecommendation
    }

    /// One full-text row: a recommendation's own words, a part, a response, or the introduction or a section.
    struct Passage: Sendable {
        var item: String?
        var zone: String
        var text: String
        /// The recommendation's index in the document (its `position`); nil outside a recommendation.
        /// Its number may be another's too ("E2" and "PR2" are both 2): the position is not.
        var position: Int? = nil
    }

    var source: String
    var content: Data
    var hash: String
    var format: DocumentFormat
    var facts: DocumentFacts
    var recommendationCount: Int
    var statusCounts: [String: Int]
    var recommendations: [RecommendationRow]
    var passages: [Passage]
    /// The commitments of its responses, for the tracker across reviews (their `document` is 0 until written).
    var commitments: [LibraryCommitment]
    /// What names its notes file, so the marks across the library are found without parsing it.
    var notesIdentity: DocumentIdentity

    init(content: Data, source: String) throws(LoadError) {
        let format = (try? DocumentFormat.detect(content, name: source).get()) ?? .text
        let document = try DocumentOpener.parse(content, source: source)
        self.init(document: document, content: content, source: source, format: format)
    }

    init(document: ReviewDocument, content: Data, source: String, format: DocumentFormat) {
        self.source = source
        self.content = content
        hash = ContentHash.of(content)
        self.format = format
        facts = DocumentFacts(document: document)
        let learning = LearningIndex(document: document)
        let recommendations = document.recommendations
        recommendationCount = recommendations.count
        var counts: [String: Int] = [:]
        for facts in learning.recommendations {
            if let status = facts.status { counts[status.value.rawValue, default: 0] += 1 }
        }
        statusCounts = counts
        let shown = LibraryRecommendation.rows(document: 0, of: document, learning: learning)
        self.recommendations = zip(recommendations.indices, zip(zip(recommendations, learning.recommendations), shown)).map { index, all in
            let ((recommendation, facts), shown) = all
            return RecommendationRow(position: index, number: recommendation.number, status: facts.status?.value.rawValue,
                                     themes: facts.themeNames, agencies: facts.allAgencies,
                                     hasCommitment: facts.hasCommitments, hasDue: facts.hasDueCommitment,
                                     hasResponse: recommendation.response != nil, shown: shown)
        }
        commitments = LibraryCommitment.rows(document: 0, learning: learning)
        passages = Self.passages(of: document)
        notesIdentity = DocumentIdentity(document)
    }

    /// The document's pieces joined per item and zone, in reading order.
    static func passages(of document: ReviewDocument) -> [Passage] {
        let positions = Dictionary(document.text.recommendations.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var passages: [Passage] = []
        let recommendations = document.recommendations
        for piece in document.text.pieces {
            let position = positions[piece.place.item]
            // "PR2", not the 2 that E2 also has: the row names its recommendation as the document writes it.
            let series = position.flatMap { recommendations.indices.contains($0) ? recommendations[$0].series : nil } ?? ""
            let (item, zone) = key(of: piece.place, series: series)
            if let last = passages.last, last.item == item, last.zone == zone, last.position == position {
                passages[passages.count - 1].text += "\n" + piece.text
            } else {
                passages.append(Passage(item: item, zone: zone, text: piece.text, position: position))
            }
        }
        return passages
    }

    private static func key(of place: Place, series: String) -> (item: String?, zone: String) {
        switch place.item {
        case .introduction: return (nil, "introduction")
        case .section: return (nil, "section")
        case let .recommendation(number, _):
            let whole = PassageItem.written(series: series, number: number, part: nil)
            switch place.zone {
            case .title, .text: return (whole, "recommendation")
            case let .part(letter): return (PassageItem.written(series: series, number: number, part: letter), "part")
            case .response: return (whole, "response")
            // A table's Lead, Target and RAG cells: searched with the recommendation's row.
            case .field: return (whole, "recommendation")
            }
        }
    }
}
