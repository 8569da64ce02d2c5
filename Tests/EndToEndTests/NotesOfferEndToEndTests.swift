import Foundation
import Testing

/// Two reviews from one partnership's template, half their recommendations shared (41% alike): the
/// notes written on one are neither used on the other silently nor lost from view. The browser asks,
/// through the real binary in tmux; the command line says so on stderr and does not use them.
@Suite(.serialized, .tags(.commandLine))
struct NotesOfferEndToEndTests {
    static let shared = [
        "Every agency should record who the child lives with at each home visit and share it with the lead professional.",
        "Health visitors should ask about new adults in the household at each contact and record the answer.",
        "Schools should tell children's social care the same day when a child on a plan is absent without explanation.",
        "The partnership should audit how often strategy discussions include the police, health and education together.",
        "GPs should flag the records of children whose parents have a history of domestic abuse to the practice lead.",
    ]
    static let childA = shared + [
        "The local authority should review how it supports families who move between areas during an assessment.",
        "Police should share domestic abuse notifications with schools before the start of the next school day.",
        "Commissioners should ensure substance misuse services ask adults about the children in their care.",
        "The partnership should train practitioners to recognise disguised compliance in long running cases.",
        "Housing services should tell children's services when a family with a child on a plan is evicted.",
    ]
    static let childB = shared + [
        "Youth services should record every attempt to contact a young person who stops attending sessions.",
        "The designated nurse should audit health assessments for children placed out of the area this year.",
        "Probation should check whether a person on licence has contact with children in a new household.",
        "The partnership should publish a plain language summary of the review for families and carers.",
        "Early help teams should offer a named worker to every family that declines a social care assessment.",
    ]

    static func review(_ child: String, _ recommendations: [String]) -> String {
        var lines = ["Westmoor Safeguarding Children Partnership", "", "Learning Review of Child \(child)", ""]
        for (index, text) in recommendations.enumerated() {
            lines += ["Recommendation \(index + 1)", text, "Response: Action for \(index + 1) was agreed.", ""]
        }
        return lines.joined(separator: "\n")
    }

    /// A data folder, the two reviews beside it, and a note and a mark written on Child A's.
    struct Setting {
        let data: NotesDataDirectory
        let childA: String
        let childB: String

        init() throws {
            data = try NotesDataDirectory("offer")
            childA = data.url.appendingPathComponent("child-a.txt").path
            childB = data.url.appendingPathComponent("child-b.txt").path
            try NotesOfferEndToEndTests.review("A", NotesOfferEndToEndTests.childA).write(toFile: childA, atomically: true, encoding: .utf8)
            try NotesOfferEndToEndTests.review("B", NotesOfferEndToEndTests.childB).write(toFile: childB, atomically: true, encoding: .utf8)
            let session = try open(childA)
            defer { session.close() }
            try session.type(":1")
            try session.sendKeys("Enter")
            try session.type("a")
            try session.waitFor("New note")
            try session.type("Ask the lead professional")
            try session.sendKeys("C-s")
            try session.waitFor("Note saved on 1")
            try session.type("q")
            #expect(try session.waitForExit().status == 0)
        }

        func open(_ file: String, width: Int = 80, height: Int = 24) throws -> TmuxSession {
            let session = try TmuxSession(arguments: [file], environment: ["XDG_DATA_HOME": data.url.path], width: width, height: height)
            try session.waitUntil("the document is shown") { $0.contains("Learning Review of Child") && $0.contains("? help") }
            return session
        }

        func exportNotes(_ file: String) throws -> Subprocess {
            try CommandLineEndToEndTests().casebook(["export", "--notes", file], environment: ["XDG_DATA_HOME": data.url.path])
        }
    }

    @Test func theCommandLineDoesNotUseThemAndSaysHowToChoose() throws {
        let setting = try Setting()
        defer { setting.data.remove() }
        let run = try setting.exportNotes(setting.childB)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("Ask the lead professional"))
        #expect(run.stderr == "casebook: notes for \"Learning Review of Child A\" (1 note, \(setting.childA)) were written on a document "
            + "41% alike; they are not used here: open this document in the browser (casebook FILE) to choose\n")
    }

    @Test func yInTheBrowserUsesACopyOnThisDocumentFromThenOn() throws {
        let setting = try Setting()
        defer { setting.data.remove() }
        do {
            let session = try setting.open(setting.childB)
            defer { session.close() }
            try session.waitFor("Use them here?")
            try session.type("y")
            try session.waitFor("notes copied here")
            try session.type("A")
            try session.waitFor("Ask the lead professional")
            try session.sendKeys("Escape")
            try session.waitUntil("the list is closed") { !$0.contains("Notes and marks") }
            try session.type("q")
            #expect(try session.waitForExit().status == 0)
        }
        let run = try setting.exportNotes(setting.childB)
        #expect(run.stdout.contains("Ask the lead professional"))
        #expect(run.stderr.isEmpty)
        // Child A keeps its note.
        #expect(try setting.exportNotes(setting.childA).stdout.contains("Ask the lead professional"))
    }

    @Test func nAt40x12StartsEmptyAndIsNotAskedAgain() throws {
        let setting = try Setting()
        defer { setting.data.remove() }
        do {
            let session = try setting.open(setting.childB, width: 40, height: 12)
            defer { session.close() }
            try session.waitFor("Use them here?")
            try session.waitFor("Esc  not now (ask next time)")
            try session.type("n")
            try session.waitFor("Not used here, and")
            try session.type("q")
            // At 12 rows the exit status scrolls away behind stty's settings; its end is enough.
            try session.waitFor("STTY-END")
        }
        // The question is drawn in the first frame, so the document shown without it means it was not asked.
        let session = try setting.open(setting.childB, width: 40, height: 12)
        defer { session.close() }
        #expect(!(try session.capture()).contains("Use them here?"))
        #expect(try setting.exportNotes(setting.childB).stderr.isEmpty)
    }
}
