@testable import Content
import Testing

/// The parser's own warnings are kept as numbers and written when read (issue 14): each says what
/// it said when it was kept as text, and equals the same words given as text.
@Suite struct ParseWarningTests {
    @Test func eachKindSaysWhatItSaidAsText() {
        let cases: [(ParseWarning.Kind, String)] = [
            (.repeated(number: 3), "Recommendation 3 appears more than once; its id finds the first"),
            (.gap(previous: 2, number: 4), "numbering gap: Recommendation 3 missing before 4"),
            (.gap(previous: 2, number: 6), "numbering gap: Recommendation 3–5 missing before 6"),
            (.outOfOrder(number: 2, previous: 5), "numbering out of order: Recommendation 2 after 5"),
            (.startsAt(number: 4), "numbering starts at 4, not 1"),
            (.noText(number: 8), "Recommendation 8 has no text"),
            (.noResponse(number: 9), "Recommendation 9 has no response (no \"Action Taken:\" or similar label)"),
            (.emptyResponse(number: 10, label: "Response:"), "Recommendation 10: \"Response:\" has no text under it"),
        ]
        for (kind, message) in cases {
            let warning = ParseWarning(line: 7, kind: kind)
            #expect(warning.description == "line 7: " + message)
            #expect(warning == ParseWarning(line: 7, message))
            #expect(warning.hashValue == ParseWarning(line: 7, message).hashValue)
            #expect(warning != ParseWarning(line: 8, message))
        }
        #expect(ParseWarning("no line").line == nil)
        #expect(ParseWarning("no line").description == "no line")
    }

    @Test func theParserWarnsInTheseWords() {
        let text = """
        Recommendation 2

        Act.

        Response:

        Recommendation 5

        Act.

        Recommendation 3

        Recommendation 3
        """
        let warnings = ReviewParser.parse(text, source: "w.txt").warnings.map(\.description)
        #expect(warnings == [
            "line 1: numbering starts at 2, not 1",
            "line 5: Recommendation 2: \"Response:\" has no text under it",
            "line 7: numbering gap: Recommendation 3–4 missing before 5",
            "line 7: Recommendation 5 has no response (no \"Action Taken:\" or similar label)",
            "line 11: numbering out of order: Recommendation 3 after 5",
            "line 11: Recommendation 3 has no text",
            "line 11: Recommendation 3 has no response (no \"Action Taken:\" or similar label)",
            "line 13: Recommendation 3 appears more than once; its id finds the first",
            "line 13: Recommendation 3 has no text",
            "line 13: Recommendation 3 has no response (no \"Action Taken:\" or similar label)",
        ])
    }

    /// A heading's number is one a user can type as an id (`ItemID`): up to six digits, so that
    /// "Recommendation 100000" follows 99999 rather than being read as its text.
    @Test func aSixDigitHeadingIsARecommendation() {
        let text = "Recommendation 99999\n\nAct.\n\nRecommendation 100000\n\nAct more.\n"
        let document = ReviewParser.parse(text, source: "w.txt")
        #expect(document.sections.flatMap(\.recommendations).map(\.number) == [99999, 100000])
    }

    /// A heading whose number is too long to be an id is kept as text, and `check` says so; a line that
    /// only mentions a long number ("Recommendation 1234567 was…") is text, not a heading, and says nothing.
    @Test func aHeadingKeptAsTextIsNamed() {
        let text = """
        Recommendation 1

        Act.

        Recommendation 1234567: Train staff

        Recommendation 12345678901234567890

        Recommendation 7654321 was made in 2019 and not taken up.
        """
        let document = ReviewParser.parse(text, source: "w.txt")
        #expect(document.sections.flatMap(\.recommendations).map(\.number) == [1])
        let kept = document.warnings.map(\.description).filter { $0.contains("kept as text") }
        #expect(kept == [
            "line 5: heading \"Recommendation 1234567\" has a number of more than 6 digits; kept as text",
            "line 7: heading \"Recommendation 12345678901234567890\" has a number of more than 6 digits; kept as text",
        ])
        let recommendation = document.sections[0].recommendations[0]
        #expect(recommendation.text.map(\.plainText).joined(separator: " ").contains("Recommendation 1234567: Train staff"))
    }

    /// A document of bare headings holds two for each: 32 bytes apiece, no text.
    @Test func aWarningIsSmall() {
        #expect(MemoryLayout<ParseWarning>.stride <= 32)
    }
}
