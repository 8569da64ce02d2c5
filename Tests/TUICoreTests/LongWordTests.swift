@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Issue 14: the browser froze for 30 s when a recommendation holding a 400 KB word was selected,
/// and again after a resize: each line's piece of the word counted its place from the word's start.
/// Asserted on where each piece says it starts, with a time limit only as a guard.
@Suite(.timeLimit(.minutes(4))) struct LongWordTests {
    static let word = String(repeating: "x", count: 200_000) + "é" + String(repeating: "y", count: 200_000)

    static func browser(width: Int, height: Int) -> Browser {
        let text = "Org Partnership\n\nResponse to the Review\n\nRecommendation 1: Long word\n\nThe \(word) word.\n\n"
            + "Action Taken:\n\nDone.\n"
        return Browser(document: ReviewParser.parse(text, source: "long.txt"), noteIDs: NoteIDSource(seed: 0),
                       width: width, height: height)
    }

    @Test func everyLineOfALongWordKnowsWhereInTheTextItStarts() throws {
        var browser = Self.browser(width: 80, height: 24)
        browser.type(":1⏎")
        for width in [80, 40, 120] {
            browser.press(.resize(width: width, height: 24))
            let segments = browser.readerLines.flatMap(\.segments).filter { $0.text.hasPrefix("x") || $0.text.hasPrefix("y") || $0.text.hasPrefix("é") }
            #expect(segments.count > 400_000 / width)
            let text = try #require(browser.document.text(at: segments[0].source.place))
            for segment in segments {
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: segment.source.offset)
                #expect(text[start...].hasPrefix(segment.text), "\(segment.source.offset)")
            }
            #expect(segments.map(\.text).joined() == Self.word)
        }
        #expect(browser.render().lines.contains { $0.contains("xxxxxxxxxx") })
    }
}
