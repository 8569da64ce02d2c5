import Foundation
import Testing

/// Two reviews of one library written from one template (Child K, and a copy of it about Child Q): a note
/// written on one is never shown in the other nor written to it, opened by id or exported.
@Suite(.serialized, .tags(.commandLine))
struct LibraryNotesClaimEndToEndTests {
    @Test func aReviewsNoteStaysInThatReviewOpenedByIDOrExported() throws {
        let data = try NotesDataDirectory("notes-claim")
        defer { data.remove() }
        let fixture = try String(contentsOfFile: LibraryEndToEndTests.fixtureFolder + "/anytown-child-k.txt", encoding: .utf8)
        let k = data.url.path + "/k.txt", q = data.url.path + "/q.txt"
        try fixture.write(toFile: k, atomically: true, encoding: .utf8)
        try fixture.replacingOccurrences(of: "Child K", with: "Child Q").replacingOccurrences(of: "Anytown", with: "Zedtown")
            .write(toFile: q, atomically: true, encoding: .utf8)
        let environment = ["XDG_DATA_HOME": data.url.path + "/data", "XDG_CONFIG_HOME": data.url.path + "/config",
                           "CASEBOOK_LIBRARY": data.url.path + "/library.sqlite"]
        func casebook(_ arguments: [String]) throws -> Subprocess {
            try Subprocess.run(try CasebookBinary.path(), arguments, environment: environment)
        }
        #expect(try casebook(["add", k, q]).stdout.hasPrefix("2 added"))
        do {
            let session = try TmuxSession(arguments: ["3"], environment: environment, width: 80, height: 24)
            defer { session.close() }
            try session.waitFor("Child Q")
            try session.type(":3")
            try session.sendKeys("Enter")
            try session.waitFor("Recommendation 3 of")
            try session.type("a")
            try session.waitFor("New note")
            try session.type("Q note on three")
            try session.sendKeys("C-s")
            try session.waitFor("Note saved on 3")
            try session.type("q")
            #expect(try session.waitForExit().status == 0)
        }
        do {
            let session = try TmuxSession(arguments: ["2"], environment: environment, width: 80, height: 24)
            defer { session.close() }
            let screen = try session.waitFor("Child K")
            #expect(!screen.contains("earlier version"), "\(screen)")
            try session.type(":3")
            try session.sendKeys("Enter")
            try session.waitFor("Recommendation 3 of")
            try session.type("A")
            let notes = try session.waitFor("No notes or marks yet")
            #expect(!notes.contains("Q note on three"), "\(notes)")
            try session.type("q")
        }
        let exportK = try casebook(["export", "--notes", "2"])
        #expect(!exportK.stdout.contains("Q note on three"))
        #expect(!exportK.stderr.contains("earlier version"), "\(exportK.stderr)")
        #expect(try casebook(["export", "--notes", "3"]).stdout.contains("Q note on three"))
    }
}
