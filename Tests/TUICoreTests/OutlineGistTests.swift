@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Outline gists that open alike are told apart by what follows the words they share.
@Suite struct OutlineGistTests {
    @Test func theWordsAfterTheLongestSharedOpeningAreFound() {
        let rests = SharedOpenings.distinctRests(of: [
            "Seek assurance from schools that exclusions are rare",
            "Seek assurance from the police about missing children",
            "Seek assurance that boards meet",
            "seek Assurance from schools that exclusions are rare",  // equal but for case: the same gist
            "The PSCP Chair should write",
            "The Portsmouth partners should meet",
            "Seek assurance",
        ])
        #expect(rests == ["schools that exclusions are rare", "the police about missing children", "that boards meet",
                          "schools that exclusions are rare", nil, nil, nil])
    }

    /// At 80 columns 6, 6a, 6b, 7, 7a and 8 all read "Seek assurance f…" without it.
    @Test func recommendationsThatOpenAlikeReadDifferentlyAt80Columns() {
        var browser = Browser.childJ(width: 80, height: 24)
        let lines = browser.render().lines
        let expected = ["6": "…Children's", "6a": "…Children's", "6b": "…on whether", "7": "…their partn",
                        "7a": "…their partne", "8": "…that there is"]
        for (id, words) in expected {
            let row = outlineRow(lines, id) ?? ""
            #expect(row.contains(words) && !row.contains("Seek assurance"), "\(id): \(row)")
        }
        #expect(outlineRow(lines, "9")?.contains("Ensure that the") == true, "an opening that leaves room is kept")
        browser.type(":8⏎")
        Golden.check(browser.render(), "outline-generic-80x24")
    }

    @Test func at40ColumnsTheSharedOpeningFitsAndStays() {
        var browser = Browser.childJ(width: 40, height: 12)
        browser.type(":8⏎")
        Golden.check(browser.render(), "outline-generic-40x12")
    }
}
