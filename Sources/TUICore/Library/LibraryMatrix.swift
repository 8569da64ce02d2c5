import Content

/// Themes (or agencies) down, reviews across: how many recommendations of each review carry each
/// theme (or are addressed to each agency). Built from the recommendations of the reviews the filter
/// keeps, as the library derived them at import (no review is parsed).
struct LibraryMatrix: Sendable {
    enum Kind: String, Sendable {
        case themes, agencies

        var noun: String { self == .themes ? "Theme" : "Agency" }
    }

    struct Review: Sendable, Hashable {
        var id: Int
        var name: String
    }

    let kind: Kind
    let reviews: [Review]
    /// Row labels (themes or agencies), A–Z.
    let labels: [String]
    /// The recommendations in each cell: `cells[row][column]`.
    let cells: [[[LibraryRecommendation]]]
    var list = ListState()
    var column = 0

    /// `recommendations` in the order of `reviews`, and of each review.
    init(kind: Kind, reviews: [Review], recommendations: [LibraryRecommendation]) {
        self.kind = kind
        self.reviews = reviews
        let column = Dictionary(reviews.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byLabel: [String: [[LibraryRecommendation]]] = [:]
        for recommendation in recommendations {
            guard let offset = column[recommendation.document] else { continue }
            for label in Set(kind == .themes ? recommendation.themes : recommendation.addressedTo) {
                byLabel[label, default: Array(repeating: [], count: reviews.count)][offset].append(recommendation)
            }
        }
        labels = byLabel.keys.sorted { $0.lowercased() < $1.lowercased() }
        cells = labels.map { byLabel[$0] ?? [] }
    }

    mutating func moveColumn(by delta: Int) {
        column = min(max(0, column + delta), max(0, reviews.count - 1))
    }

    /// The selected cell's recommendations as a list that opens each in its review.
    func cellList() -> (ListView, [LibraryTarget])? {
        guard cells.indices.contains(list.selected), reviews.indices.contains(column) else { return nil }
        let review = reviews[column]
        let recommendations = cells[list.selected][column]
        let rows = recommendations.map { recommendation in
            // "PR2", not the 2 that E2 also has.
            ListView.Row(key: recommendation.code, text: recommendation.title,
                         detail: review.name, target: nil)
        }
        let view = ListView(title: " \(labels[list.selected]) in \(review.name): \(rows.count) recommendations ",
                            emptyText: "No recommendation here.", rows: rows)
        return (view, recommendations.map { LibraryTarget(document: review.id, item: ItemID(number: $0.number), series: $0.series) })
    }
}
