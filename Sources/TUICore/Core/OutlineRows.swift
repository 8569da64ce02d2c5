import Content

/// The outline's rows with a folding and a filter: parts of folded recommendations left out, and with
/// a filter (`showing`) the recommendations it does not match and sections left empty. Held as runs
/// of rows (the introduction, a section, recommendations one row each, a recommendation and its
/// parts), each row made when asked for: only the rows on screen are, where 100,000 headings' rows
/// made up front took 8 MB and a string each.
struct OutlineRows: RandomAccessCollection, Sendable {
    let model: OutlineModel
    private let folded: Set<Place.Item>
    private var runs: [Run] = []
    private(set) var endIndex = 0
    var startIndex: Int { 0 }
    /// The widest recommendation label shown ("12" is 2), so the numbers line up; 1 when none is.
    private(set) var numberWidth = 1

    private struct Run: Sendable {
        enum Content: Sendable {
            case introduction
            case section(Int)
            /// Recommendations by index in document order, each a row without its parts.
            case recommendations(Range<Int>)
            /// A recommendation followed by its parts.
            case withParts(Int, parts: Int)
        }
        /// The run's first row.
        var start: Int
        var content: Content
    }

    init(model: OutlineModel, folded: Set<Place.Item>, showing: Set<Place.Item>?) {
        self.model = model
        self.folded = folded
        append(.introduction, rows: 1)
        var widest = 0
        // With a filter, a section shows only once one of its recommendations does.
        var pendingSection: Int?
        for (section, contents) in model.document.sections.enumerated() {
            if model.sectionHasRow(section) {
                if showing == nil { append(.section(section), rows: 1) } else { pendingSection = section }
            }
            for (offset, recommendation) in contents.recommendations.enumerated() {
                let index = model.sectionStarts[section] + offset
                let item = model.items[index]
                guard showing?.contains(item) ?? true else { continue }
                if let section = pendingSection { append(.section(section), rows: 1); pendingSection = nil }
                widest = Swift.max(widest, model.labelWidth(of: recommendation))
                let parts = folded.contains(item) ? 0 : recommendation.parts.count
                if parts > 0 {
                    append(.withParts(index, parts: parts), rows: 1 + parts)
                } else if case let .recommendations(range) = runs[runs.count - 1].content, range.upperBound == index {
                    runs[runs.count - 1].content = .recommendations(range.lowerBound..<(index + 1))
                    endIndex += 1
                } else {
                    append(.recommendations(index..<(index + 1)), rows: 1)
                }
            }
        }
        numberWidth = Swift.max(1, widest)
    }

    private mutating func append(_ content: Run.Content, rows: Int) {
        runs.append(Run(start: endIndex, content: content))
        endIndex += rows
    }

    subscript(position: Int) -> OutlineRow {
        let entry = entry(at: position)
        var row = model.row(entry)
        if case .recommendation = entry { row.isFolded = folded.contains(row.selection.item) }
        return row
    }

    /// What the row at `position` is, without making it.
    func entry(at position: Int) -> OutlineEntry {
        let run = runs[runs.partitionPoint { $0.start > position } - 1]
        switch run.content {
        case .introduction: return .introduction
        case let .section(index): return .section(index)
        case let .recommendations(range): return .recommendation(range.lowerBound + position - run.start)
        case let .withParts(index, _):
            return position == run.start ? .recommendation(index) : .part(index, position - run.start - 1)
        }
    }

    func selection(at position: Int) -> Selection { model.selection(entry(at: position)) }

    func isRecommendation(at position: Int) -> Bool {
        if case .recommendation = entry(at: position) { return true }
        return false
    }

    /// The row showing `selection`, or nil when none does (filtered out, or a folded part).
    func index(of selection: Selection) -> Int? {
        switch selection.item {
        case .introduction:
            return 0
        case let .section(section):
            let wanted = Self.order(section: section, model: model)
            let index = runs.partitionPoint { order(of: $0) >= wanted }
            guard index < runs.count, case .section(section) = runs[index].content else { return nil }
            return runs[index].start
        case .recommendation:
            guard let recommendation = model.lookup[selection.item] else { return nil }
            let wanted = (recommendation, 1, 0)
            let index = runs.partitionPoint { order(of: $0) > wanted } - 1
            guard index >= 0 else { return nil }
            let run = runs[index]
            switch run.content {
            case let .recommendations(range) where range.contains(recommendation) && selection.part == nil:
                return run.start + recommendation - range.lowerBound
            case .withParts(recommendation, _):
                guard let letter = selection.part else { return run.start }
                return model.recommendation(recommendation).parts.firstIndex { $0.label == letter }.map { run.start + 1 + $0 }
            default:
                return nil
            }
        }
    }

    /// Runs in document order: a section's row before its first recommendation (and after any
    /// section before it), a recommendation after it.
    private func order(of run: Run) -> (Int, Int, Int) {
        switch run.content {
        case .introduction: (-1, 0, 0)
        case let .section(section): Self.order(section: section, model: model)
        case let .recommendations(range): (range.lowerBound, 1, 0)
        case let .withParts(index, _): (index, 1, 0)
        }
    }

    private static func order(section: Int, model: OutlineModel) -> (Int, Int, Int) {
        (model.sectionStarts[section], 0, section)
    }
}
