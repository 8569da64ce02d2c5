import Foundation
import Testing

/// The keys as terminals really send them, raw, to the binary in tmux: under TERM=xterm-256color, whose
/// terminfo lists other sequences for Home and End (`ESC O H`, `ESC O F`) than PuTTY and tmux send, and
/// under tmux's own TERM=screen, whose terminfo knows only the older mouse reports.
@Suite(.serialized, .tags(.commandLine))
struct KeySequencesEndToEndTests {
    private func start(term: String = "xterm-256color") throws -> (TmuxSession, URL) {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-e2e-keys-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let session = try TmuxSession(environment: ["XDG_DATA_HOME": data.path, "TERM": term], width: 80, height: 24)
        try session.waitFor("Introduction")
        return (session, data)
    }

    @Test func homeAndEndInTheEditorMoveTheCursorWhateverTheTerminalSends() throws {
        let (session, data) = try start()
        defer { session.close(); try? FileManager.default.removeItem(at: data) }
        try session.type("a")
        try session.waitFor("New note")
        try session.type("middle")
        try session.type("\u{1B}[1~")  // Home, as PuTTY and tmux send it
        try session.type("<")
        try session.type("\u{1B}[4~")  // End: unknown to xterm's terminfo, it opened "Discard changes?"
        try session.type(">")
        try session.type("\u{1B}OH")  // Home in xterm's application mode
        try session.type("[")
        try session.type("\u{1B}[F")  // End in xterm's normal mode
        try session.type("]")
        let screen = try session.waitFor("[<middle>]")
        #expect(!screen.contains("Discard changes"))
        // A lone Esc is still the Esc key.
        try session.sendKeys("Escape")
        try session.waitFor("Discard changes?")
    }

    @Test func anUnknownSequenceOrAStrayMouseReportIsDroppedWhole() throws {
        let (session, data) = try start(term: "screen")
        defer { session.close(); try? FileManager.default.removeItem(at: data) }
        try session.type(":2")
        try session.sendKeys("Enter")
        try session.waitFor("Recommendation 2 of 10")
        // A function key casebook has no use for, and a mouse release: read as Esc and letters, the
        // release's final "m" marked the item.
        try session.type("\u{1B}[25~")
        try session.type("\u{1B}[<0;5;5m")
        try session.type("\u{1B}[6~")  // PgDn, to see that every key before it has been read
        let screen = try session.waitUntil("PgDn has paged the reader") { !$0.contains(" Top ") }
        #expect(!screen.contains("Marked"))
        #expect(!screen.contains("⚑"))
    }

    @Test func functionKeysInTheirSeveralShapesOpenTheHelp() throws {
        let (session, data) = try start()
        defer { session.close(); try? FileManager.default.removeItem(at: data) }
        for f1 in ["\u{1B}OP", "\u{1B}[11~", "\u{1B}[[A"] {
            try session.type(f1)
            try session.waitFor("casebook keys")
            try session.type("q")
            try session.waitUntil("the help has closed") { !$0.contains("casebook keys") }
        }
    }
}
