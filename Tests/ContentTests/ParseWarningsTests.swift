@testable import Content
import Testing

/// A document's warnings held as runs (issue 14) read as the warnings appended, one by one, whatever
/// the runs; a document of bare headings holds its 200,000 as one run.
@Suite struct ParseWarningsTests {
    private func bare(_ number: Int, line: Int) -> [ParseWarning] {
        [ParseWarning(line: line, kind: .noText(number: number)), ParseWarning(line: line, kind: .noResponse(number: number))]
    }

    /// Runs of bare headings, one-line steps and wider ones, broken by other warnings, by a gap in
    /// the lines or numbers, by an answered recommendation, and warnings without a line.
    private var mixed: [ParseWarning] {
        var warnings = [ParseWarning("the text contains control characters")]
        for number in 1...5 { warnings += bare(number, line: 10 + number) }
        warnings.append(ParseWarning(line: 17, kind: .gap(previous: 5, number: 7)))
        for number in 7...9 { warnings += bare(number, line: 17 + 3 * (number - 7)) }
        warnings += bare(10, line: 40)
        warnings.append(ParseWarning(line: 50, kind: .noResponse(number: 11)))
        for number in 12...15 { warnings.append(ParseWarning(line: 50 + 4 * (number - 11), kind: .noResponse(number: number))) }
        warnings.append(ParseWarning(line: 80, kind: .noText(number: 16)))
        warnings.append(ParseWarning(line: 80, kind: .emptyResponse(number: 16, label: "Response:")))
        warnings += bare(17, line: 81) + bare(18, line: 82)
        warnings += [ParseWarning("a"), ParseWarning("b")]
        warnings += bare(19, line: 90)
        return warnings
    }

    @Test func readsAsTheWarningsAppended() {
        var held = ParseWarnings()
        for warning in mixed { held.append(warning) }
        #expect(held.count == mixed.count)
        #expect(Array(held).map(\.description) == mixed.map(\.description))
        #expect(held == ParseWarnings(mixed))
        #expect(held.hashValue == ParseWarnings(mixed).hashValue)
    }

    @Test func putFirstInsertedAndSortedAsAnArray() {
        var held = ParseWarnings(mixed), array = mixed
        let first = [ParseWarning("sidecar"), ParseWarning(line: 2, kind: .noText(number: 1))]
        held.insert(contentsOf: first, at: 0)
        array.insert(contentsOf: first, at: 0)
        #expect(Array(held).map(\.description) == array.map(\.description))
        held.insert(ParseWarning("middle"), at: 9)
        array.insert(ParseWarning("middle"), at: 9)
        held.removeSubrange(3..<6)
        array.removeSubrange(3..<6)
        #expect(Array(held).map(\.description) == array.map(\.description))
        let byLine: (ParseWarning, ParseWarning) -> Bool = { ($0.line ?? .max) < ($1.line ?? .max) }
        #expect(ParseWarnings(held.sorted(by: byLine)).map(\.description) == array.sorted(by: byLine).map(\.description))
    }

    @Test func bareHeadingsAreOneRun() {
        let headings = (["Title", ""] + (1...1_000).map { "Recommendation \($0)" }).joined(separator: "\n")
        let document = ReviewParser.parse(headings, source: "headings")
        #expect(document.warnings.count == 2_000)
        #expect(document.warnings[1_999].description == "line 1002: Recommendation 1000 has no response (no \"Action Taken:\" or similar label)")
        #expect(document.warnings.storedCount <= 2)
    }
}
