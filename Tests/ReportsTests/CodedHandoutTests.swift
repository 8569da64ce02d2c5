@testable import Content
import Foundation
@testable import Reports
import TestFixtures
import Testing

/// The handout of a document coded in series (E1, E2, PR1, PR2): a note on PR2 is under PR2, not E2.
@Suite struct CodedHandoutTests {
    static let coded: ReviewDocument = (try? FixtureFile.named("ashby-letter-codes.txt").parse()) ?? ReviewParser.parse("", source: "")
    static let pr2 = ItemID(number: 2, series: "PR")
    static let session = Date(timeIntervalSince1970: 1_800_000_000)

    static func notes() -> DocumentNotes {
        var notes = DocumentNotes(for: coded)
        notes.notes.append(Note(on: .item(pr2), in: coded, text: "Ask the ICB", now: session))
        notes.notes.append(Note(on: .item(ItemID(number: 2)), in: coded, text: "Training dates", now: session))
        return notes
    }

    /// The text of the handout's section whose heading starts `heading`, up to the next rule.
    static func section(_ handout: String, _ heading: String) -> String {
        handout.components(separatedBy: "\n---\n").first { $0.contains("## " + heading) } ?? ""
    }

    @Test func eachNoteIsUnderItsOwnRecommendation() {
        let handout = HandoutExporter(sessionDate: Self.session, timeZone: TimeZone(identifier: "UTC")!)
            .markdown(Self.coded, notes: Self.notes())
        #expect(Self.section(handout, "PR2").contains("Ask the ICB"))
        #expect(!Self.section(handout, "PR2").contains("Training dates"))
        #expect(Self.section(handout, "E2").contains("Training dates"))
        #expect(!Self.section(handout, "E2").contains("Ask the ICB"))
    }

    @Test func aPlanOfPR2PresentsPR2AndE2sNoteIsOutsideIt() {
        let handout = HandoutExporter(sessionDate: Self.session, timeZone: TimeZone(identifier: "UTC")!, recommendations: [Self.pr2])
            .markdown(Self.coded, notes: Self.notes())
        #expect(Self.section(handout, "PR2").contains("Ask the ICB"))
        #expect(!handout.contains("## E2"))
        #expect(Self.section(handout, "Notes on recommendations outside").contains("**E2:** Training dates"))
    }
}
