/// What the scanner knows of where it stands, so that a numbered line counts as a recommendation only
/// where the document says so: under a "Recommendations" heading, with the word in the item, or in a
/// letter-code series; never an ordinary list in an introduction or inside a response.
struct RecommendationContext {
    enum Style: Equatable {
        /// "Recommendation 3", "Recommendation One", "2.1 Recommendation 1", a bare "Recommendation".
        case word
        /// "E1.", "PR1.", "R1", "Rec 1".
        case coded
        /// "1.", "1)", "(1)": the marker's family.
        case numbered(String)
    }

    /// A "Recommendations" heading is above, with no other heading since.
    var underHeading = false
    /// How this document numbers its recommendations, once one is found.
    var style: Style?
    /// The last number in each series ("" for numbers without a code).
    var lastNumber: [String: Int] = [:]
    var recommendationOpen = false
    var responseBegun = false
    /// The unit before was a numbered list item that stayed an item, or text ending in a colon: a
    /// list is running, and its next number is its own.
    var listRunning = false
    /// The number of the running list's last item: "2." after "1." continues it, "2." after "2." does not.
    var listLastNumber: Int?

    mutating func opened(_ heading: LinePatterns.Heading, style: Style) {
        if self.style == nil { self.style = style }
        lastNumber[heading.series] = heading.number
        recommendationOpen = true
        responseBegun = false
        listRunning = false
        listLastNumber = nil
    }

    /// The number a bare "Recommendation" line takes.
    var nextNumber: Int { (lastNumber[""] ?? 0) + 1 }

    /// Whether a weak code ("E1.") continues its series or stands under a heading.
    func accepts(coded heading: LinePatterns.Heading, strong: Bool) -> Bool {
        guard style == nil || style == .coded else { return false }
        if strong || underHeading { return true }
        return heading.number == (lastNumber[heading.series] ?? 0) + 1
    }

    /// Whether "N." (with `rest` after the marker) is the next recommendation rather than a list item.
    func accepts(numbered number: Int, marker family: String, rest: String) -> Bool {
        guard style == nil || style == .numbered(family) else { return false }
        if listRunning, recommendationOpen, number == (listLastNumber ?? 0) + 1 { return false }
        guard underHeading || rest.lowercased().hasPrefix("recommend") else { return false }
        return number == (lastNumber[""] ?? 0) + 1
    }
}
