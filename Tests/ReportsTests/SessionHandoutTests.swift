@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Reports

/// The handout of a session across the library's reviews: review by review, each recommendation's
/// heading naming its review, every room answer and note captured in it.
@Suite struct SessionHandoutTests {
    static let session = Date(timeIntervalSince1970: 1_795_000_000)  // 18 November 2026, UTC
    static let questions = ["What would you do differently now?"]

    static func shares() throws -> [HandoutExporter.Share] {
        let childK = try FixtureFile.named("anytown-child-k.txt").parse()
        let childJ = NotesFixtures.childJ
        var kNotes = DocumentNotes(for: childK)
        kNotes.apply(.upsert(Note(on: .item(ItemID(number: 2, part: "b")), in: childK, kind: .roomAnswer,
                                  question: questions[0], text: "Ask the hospital liaison nurse", now: session)))
        kNotes.apply(.upsert(Note(on: .item(ItemID(number: 1)), in: childK, text: "Not presented, still kept", now: session)))
        var jNotes = DocumentNotes(for: childJ)
        jNotes.apply(.upsert(Note(on: .item(ItemID(number: 5)), in: childJ, kind: .roomAnswer,
                                  question: questions[0], text: "Invite the designated nurse", now: session)))
        jNotes.apply(.upsert(Note(on: .introduction, in: childJ, text: "Start with the timeline", now: session)))
        return [HandoutExporter.Share(name: "Child K", document: childK, notes: kNotes, keys: [ItemID(number: 2)]),
                HandoutExporter.Share(name: "Child J", document: childJ, notes: jNotes, keys: [ItemID(number: 3), ItemID(number: 5)])]
    }

    static func handout() throws -> String {
        HandoutExporter(questions: questions, sessionDate: session, timeZone: TimeZone(identifier: "UTC")!)
            .markdown(session: try shares())
    }

    @Test func eachHeadingNamesItsReviewInTheSessionsOrder() throws {
        let handout = try Self.handout()
        #expect(handout.hasPrefix("# Session across 2 reviews: Child K, Child J\n\nSession record, 18 November 2026.\n"))
        let headings = handout.split(separator: "\n").filter { $0.hasPrefix("## ") && $0.contains("Recommendation") && !$0.contains("Notes") }
        #expect(headings == ["## Child K · Recommendation 2: Information sharing between agencies",
                             "## Child J · Recommendation 3", "## Child J · Recommendation 5"])
        // Each recommendation comes whole: its response and the questions.
        let five = try #require(handout.range(of: "## Child J · Recommendation 5\n"))
        #expect(handout[five.upperBound...].contains("### Questions for reflection\n\n1. What would you do differently now?"))
    }

    @Test func everyRoomAnswerAndNoteIsInTheHandoutNamedWithItsReview() throws {
        let handout = try Self.handout()
        #expect(handout.contains("### The room's answers\n\n- **2b:** *What would you do differently now?* — Ask the hospital liaison nurse"))
        #expect(handout.contains("### The room's answers\n\n- *What would you do differently now?* — Invite the designated nurse"))
        // Notes away from the slides: under the review's name.
        #expect(handout.contains("## Child K · Notes on recommendations outside the session plan\n\n- **1:** Not presented, still kept"))
        #expect(handout.contains("## Child J · Notes on the introduction\n\n- Start with the timeline"))
    }

    @Test func theSessionPlanIsEachReviewsMarksInDocumentOrder() throws {
        let childK = try FixtureFile.named("anytown-child-k.txt").parse()
        let marks = [ItemID(number: 3), ItemID(number: 2, part: "a"), ItemID(number: 2), ItemID(number: 99)]
        #expect(SessionAcrossReviews.keys(marked: marks, in: childK) == [ItemID(number: 2), ItemID(number: 3)])
        let runs = SessionAcrossReviews.runs([(id: 4, name: "Child K", document: childK, marks: marks),
                                              (id: 5, name: "Nothing marked", document: childK, marks: [])])
        #expect(runs == [SessionRun(document: 4, name: "Child K", keys: [ItemID(number: 2), ItemID(number: 3)])])
    }

    /// Two reviews of a Child E in one session: the handout names each by its library id, as the
    /// command line names the shares (`LibraryEntry.names` over the library's reviews).
    @Test func reviewsSharingANameAreToldApartInTheHandout() throws {
        let document = try FixtureFile.named("anytown-child-k.txt").parse()
        let entries = [(5, "Seven questions from the review of Child E"), (13, "Learning brief: Child E")].map {
            LibraryEntry(id: $0.0, title: $0.1, source: "", recommendationCount: 0)
        }
        let names = LibraryEntry.names(entries)
        let shares = entries.map {
            HandoutExporter.Share(name: names[$0.id]!, document: document, notes: DocumentNotes(for: document), keys: [ItemID(number: 2)])
        }
        let handout = HandoutExporter(questions: Self.questions, sessionDate: Self.session, timeZone: TimeZone(identifier: "UTC")!)
            .markdown(session: shares)
        #expect(handout.hasPrefix("# Session across 2 reviews: Child E #5, Child E #13\n"))
        #expect(handout.contains("\n## Child E #5 · Recommendation 2: Information sharing between agencies\n"))
        #expect(handout.contains("\n## Child E #13 · Recommendation 2: Information sharing between agencies\n"))
    }
}
