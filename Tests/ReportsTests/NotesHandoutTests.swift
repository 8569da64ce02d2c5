@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Learning
@testable import Reports

/// The session handout: each recommendation with its response, the questions and the notes.
@Suite struct NotesHandoutTests {
    static let document = NotesFixtures.childJ
    static let session = Date(timeIntervalSince1970: 1_795_000_000)  // 18 November 2026, UTC
    static let questions = ["How does this relate to your role?", "What would you do differently now?"]

    static func notes() -> DocumentNotes {
        var notes = DocumentNotes(for: document)
        func add(_ target: NoteTarget, _ text: String, kind: Note.Kind = .note, question: String? = nil,
                 at date: Date = session) {
            notes.apply(.upsert(Note(on: target, in: document, kind: kind, question: question, text: text, now: date)))
        }
        add(.item(ItemID(number: 3, part: "b")), "Did the MOD reply?\nFollow up with the chair.")
        add(.item(ItemID(number: 3)), "Link to the reachable-moment training", at: session.addingTimeInterval(-86_400 * 3))
        add(.item(ItemID(number: 3)), "We would escalate sooner.", kind: .roomAnswer, question: questions[1])
        add(.introduction, "Read the learning report first")
        add(.item(ItemID(number: 12)), "From an earlier version")
        return notes
    }

    static let handout = HandoutExporter(questions: questions, sessionDate: session,
                                         timeZone: TimeZone(identifier: "UTC")!)
        .markdown(document, notes: notes())

    func section(_ heading: String) -> String {
        let text = Self.handout
        guard let start = text.range(of: heading + "\n") else { return "" }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n---\n")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func theHandoutOpensWithTheTitleAndSessionDate() {
        let lines = Self.handout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(5) == ["# Response to the Recommendations from the Serious Case Review of Child J", "",
                                    "Portsmouth Safeguarding Children Partnership", "", "Session record, 18 November 2026."])
        #expect(section("## Notes on the introduction") .contains("- Read the learning report first"))
    }

    @Test func everyRecommendationAppearsWithItsResponseAndQuestions() {
        for number in 1...10 {
            #expect(Self.handout.contains("\n## Recommendation \(number)\n"))
        }
        let three = section("## Recommendation 3")
        #expect(three.contains("**a)** The PSCP should ensure that learning is provided"))
        #expect(three.contains("**b)** The PSCP Independent Chair should write"))
        #expect(three.contains("### Action Taken\n\nThe PSCP Training team"))
        #expect(three.contains("### Questions for reflection\n\n1. How does this relate to your role?\n2. What would you do differently now?"))
    }

    @Test func notesAndRoomAnswersAreListedUnderTheirRecommendation() {
        let three = section("## Recommendation 3")
        #expect(three.contains("""
            ### Notes

            - **3:** Link to the reachable-moment training (15 November 2026)
            - **3b:** Did the MOD reply?\\
              Follow up with the chair.
            """))
        #expect(three.contains("""
            ### The room's answers

            - **3:** *What would you do differently now?* — We would escalate sooner.
            """))
        #expect(!section("## Recommendation 4").contains("### Notes"))
    }

    @Test func notesOnItemsTheDocumentLacksAreNotLost() {
        #expect(section("## Notes on items not in this version of the document").contains("- **12:** From an earlier version"))
    }

    @Test func aSessionPlanSelectsAndOrdersRecommendations() {
        let handout = HandoutExporter(sessionDate: Self.session, recommendations: [ItemID(number: 6), ItemID(number: 3)])
            .markdown(Self.document, notes: DocumentNotes(for: Self.document))
        let headings = handout.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Recommendation 6", "## Recommendation 3"])
        #expect(!handout.contains("Questions for reflection"))
    }

    @Test func markdownInNotesIsShownAsWritten() {
        var notes = DocumentNotes(for: Self.document)
        notes.apply(.upsert(Note(on: .item(ItemID(number: 1)), in: Self.document, text: "# not a heading *or bold*\n1. not a list",
                                 now: Self.session)))
        let handout = HandoutExporter(sessionDate: Self.session, timeZone: TimeZone(identifier: "UTC")!)
            .markdown(Self.document, notes: notes)
        #expect(handout.contains("- \\# not a heading \\*or bold\\*\\\n  1\\. not a list"))
    }

    @Test func notesOnRecommendationsOutsideThePlanHaveASectionOfTheirOwn() {
        let handout = HandoutExporter(questions: Self.questions, sessionDate: Self.session,
                                      timeZone: TimeZone(identifier: "UTC")!, recommendations: [ItemID(number: 6)])
            .markdown(Self.document, notes: Self.notes())
        let headings = handout.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Notes on the introduction", "## Recommendation 6",
                             "## Notes on recommendations outside the session plan",
                             "## Notes on items not in this version of the document"])
        let outside = handout.components(separatedBy: "## Notes on recommendations outside the session plan\n").last ?? ""
        #expect(outside.contains("- **3:** Link to the reachable-moment training"))
        #expect(outside.contains("- **3b:** Did the MOD reply?"))
        #expect(outside.contains("We would escalate sooner."))
    }
}
