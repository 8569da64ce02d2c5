/// Warnings about the recommendations as a whole: gaps and repeats in numbering, missing text or response.
enum RecommendationChecks {
    /// Appends to `warnings` in place: a document of bare headings has two for each, held as one run
    /// (`ParseWarnings`).
    static func check(_ recommendations: some Collection<Recommendation>, into warnings: inout ParseWarnings) {
        check(recommendations) { warnings.append($0) }
    }

    private static func check(_ recommendations: some Collection<Recommendation>, _ warn: (ParseWarning) -> Void) {
        // Numbers run per code series: E1, E2, then PR1, PR2.
        var previousInSeries: [String: Int] = [:]
        // The numbers seen in each series: a set of numbers, not of "E12"-like strings (twice the size).
        var seen: [String: Set<Int>] = [:]
        for recommendation in recommendations {
            let number = recommendation.number
            let line = recommendation.lines.first
            let previous = previousInSeries[recommendation.series]
            if seen[recommendation.series]?.contains(number) == true {
                warn(ParseWarning(line: line, kind: .repeated(number: number)))
            } else if let previous, number > previous + 1 {
                warn(ParseWarning(line: line, kind: .gap(previous: previous, number: number)))
            } else if let previous, number < previous {
                warn(ParseWarning(line: line, kind: .outOfOrder(number: number, previous: previous)))
            } else if previous == nil, number != 1 {
                warn(ParseWarning(line: line, kind: .startsAt(number: number)))
            }
            seen[recommendation.series, default: []].insert(number)
            previousInSeries[recommendation.series] = number
            if recommendation.text.isEmpty && recommendation.parts.isEmpty {
                warn(ParseWarning(line: line, kind: .noText(number: number)))
            }
            if let response = recommendation.response {
                if response.blocks.isEmpty {
                    warn(ParseWarning(line: response.lines.first, kind: .emptyResponse(number: number, label: response.label)))
                }
            } else {
                warn(ParseWarning(line: line, kind: .noResponse(number: number)))
            }
        }
    }
}
