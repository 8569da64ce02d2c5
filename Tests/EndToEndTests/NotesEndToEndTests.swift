import Foundation
import Testing

/// Notes and presenting through the real binary in tmux: Ctrl-S reaches the editor, notes and marks
/// are saved and shown again after a restart, the browser reopens where it was left, and the session
/// clock ticks with no key pressed.
@Suite(.serialized, .tags(.commandLine))
struct NotesEndToEndTests {
    @Test(.tags(.browserCore))
    func aNoteAndAMarkSurviveARestartAndTheBrowserReopensThere() throws {
        let data = try NotesDataDirectory("notes")
        defer { data.remove() }
        do {
            let session = try data.startCasebook()
            defer { session.close() }
            try session.type(":2")
            try session.sendKeys("Enter")
            try session.waitFor("Recommendation 2 of 10")
            try session.type("a")
            try session.waitFor("New note")
            try session.type("Tell North Yorkshire — café")
            try session.sendKeys("C-s")
            try session.waitFor("Note saved on 2")
            try session.type("m")
            try session.waitFor("Marked 2 for the session")
            try session.type("q")
            #expect(try session.waitForExit().status == 0)
        }
        let session = try data.startCasebook()
        defer { session.close() }
        let screen = try session.waitFor("Recommendation 2 of 10")
        #expect(screen.contains("✎⚑"))
        try session.type("A")
        try session.waitFor("Tell North Yorkshire — café")
    }

    @Test(.tags(.browserCore))
    func presentingRevealsAndTheClockTicksWithoutKeys() throws {
        let data = try NotesDataDirectory("notes")
        defer { data.remove() }
        let session = try data.startCasebook()
        defer { session.close() }
        try session.type(":3")
        try session.sendKeys("Enter")
        try session.type("p")
        try session.waitFor("3 / 10")
        try session.type(" ")
        try session.waitFor("a) The PSCP should ensure")
        try session.type("c")
        try session.waitFor("00:02")
        try session.type("q")
        try session.waitFor("Recommendation 3 of 10")
    }
}
