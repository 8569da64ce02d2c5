import Content
import Foundation
import TestFixtures
import Testing
@testable import Reports

/// A titled recommendation's heading in the handout, whichever way its source separates number and title.
@Suite struct HandoutHeadingTests {
    @Test func aTitleFollowsTheNumberAfterOneColonWhateverTheSourceUsed() throws {
        let url = try #require(FixtureBundle.url(forResource: "titled-recommendations", withExtension: "txt",
                                                 subdirectory: "Fixtures/handout"))
        let document = try DocumentLoader.load(path: url.path)
        #expect(document.recommendations.map(\.heading) == ["Recommendation 1:", "Recommendation 2 –"])
        let handout = HandoutExporter(questions: [], sessionDate: Date(timeIntervalSince1970: 0),
                                      timeZone: TimeZone(identifier: "UTC")!)
            .markdown(document, notes: DocumentNotes(for: document))
        let headings = handout.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Recommendation 1: Information sharing with schools",
                             "## Recommendation 2: Listening to brothers and sisters"])
    }
}
