import Content
import Learning
/// What facets ask of each recommendation, computed once per document (section titles folded,
/// numbers and part letters), so filtering does not walk the model on every keystroke.
struct FacetTable: Sendable {
    private let numbers: [Int]
    private let partLetters: [Set<Character>]
    private let sectionOf: [Int]
    private let sectionTitles: [[UInt8]]
    /// Answers theme:, agency:, status: and has:; without it those facets match nothing.
    private let learning: LearningIndex?

    init(document: ReviewDocument, learning: LearningIndex?) {
        self.learning = learning
        var numbers: [Int] = [], parts: [Set<Character>] = [], sectionOf: [Int] = []
        for (sectionIndex, section) in document.sections.enumerated() {
            for recommendation in section.recommendations {
                numbers.append(recommendation.number)
                parts.append(Set(recommendation.parts.map(\.label)))
                sectionOf.append(sectionIndex)
            }
        }
        self.numbers = numbers
        partLetters = parts
        self.sectionOf = sectionOf
        sectionTitles = document.sections.map { TextFolding.fold($0.title ?? "", lowercase: true) }
    }

    var count: Int { numbers.count }

    /// Indices of the recommendations that satisfy every facet (`-facet` negates one).
    func recommendations(passing facets: [SearchQuery.Facet]) -> Set<Int> {
        var passing = Set(numbers.indices)
        for facet in facets {
            guard let matching = recommendations(matching: facet) else { continue }
            if facet.isExcluded { passing.subtract(matching) } else { passing.formIntersection(matching) }
        }
        return passing
    }

    private func recommendations(matching facet: SearchQuery.Facet) -> Set<Int>? {
        switch facet.key {
        case "section":
            let wanted = TextFolding.fold(facet.value, lowercase: true)
            let sections = Set(sectionTitles.indices.filter { wanted.isEmpty || sectionTitles[$0].firstRange(of: wanted) != nil })
            return Set(numbers.indices.filter { sections.contains(sectionOf[$0]) })
        case "id":
            guard let id = ItemID(parsing: facet.value) else { return [] }
            return Set(numbers.indices.filter { index in
                numbers[index] == id.number && (id.part.map { partLetters[index].contains($0) } ?? true)
            })
        case "in":
            // A scope for the words, not a condition on recommendations.
            return nil
        default:
            return learning?.recommendationsMatching(facet: facet.key, value: facet.value) ?? []
        }
    }
}
