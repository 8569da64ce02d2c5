/// Warnings about the recommendations as a whole: gaps and repeats in numbering, missing text or response.
enum RecommendationChecks {
    static func warnings(for recommendations: some Sequence<Recommendation>) -> [ParseWarning] {
        var warnings: [ParseWarning] = []
        // Numbers run per code series: E1, E2, then PR1, PR2.
        var previousInSeries: [String: Int] = [:]
        var seen: Set<String> = []
        for recommendation in recommendations {
            let number = recommendation.number
            let line = recommendation.lines.first
            let previous = previousInSeries[recommendation.series]
            let key = recommendation.series + String(number)
            if seen.contains(key) {
                warnings.append(ParseWarning(line: line, "Recommendation \(number) appears more than once; its id finds the first"))
            } else if let previous, number > previous + 1 {
                let missing = previous + 1 == number - 1 ? "\(previous + 1)" : "\(previous + 1)–\(number - 1)"
                warnings.append(ParseWarning(line: line, "numbering gap: Recommendation \(missing) missing before \(number)"))
            } else if let previous, number < previous {
                warnings.append(ParseWarning(line: line, "numbering out of order: Recommendation \(number) after \(previous)"))
            } else if previous == nil, number != 1 {
                warnings.append(ParseWarning(line: line, "numbering starts at \(number), not 1"))
            }
            seen.insert(key)
            previousInSeries[recommendation.series] = number
            if recommendation.text.isEmpty && recommendation.parts.isEmpty {
                warnings.append(ParseWarning(line: line, "Recommendation \(number) has no text"))
            }
            if let response = recommendation.response {
                if response.blocks.isEmpty {
                    warnings.append(ParseWarning(line: response.lines.first, "Recommendation \(number): \"\(response.label)\" has no text under it"))
                }
            } else {
                warnings.append(ParseWarning(line: line, "Recommendation \(number) has no response (no \"Action Taken:\" or similar label)"))
            }
        }
        return warnings
    }
}
