import Foundation
import Testing

/// Nothing typed is lost to a signal: SIGTERM or SIGHUP with the note editor open keeps its text as a
/// draft that the editor offers after a restart; Ctrl-C in the editor cancels it as Esc does; and every
/// way out saves the reading position.
@Suite(.serialized, .tags(.commandLine))
struct DraftEndToEndTests {
    /// Opens the editor on recommendation 2 and types `text` into it.
    private func typeANote(_ text: String, in session: TmuxSession) throws {
        try session.type(":2")
        try session.sendKeys("Enter")
        try session.waitFor("Recommendation 2 of 10")
        try session.type("a")
        try session.waitFor("New note")
        try session.type(text)
        try session.waitFor(text)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalKeepsTheEditorsTextAsADraftThatIsOfferedAfterARestart(signal: Int32) throws {
        let data = try NotesDataDirectory("drafts")
        defer { data.remove() }
        do {
            let session = try data.startCasebook()
            defer { session.close() }
            try typeANote("Half a thought about schools", in: session)
            #expect(kill(try session.casebookPID(), signal) == 0)
            #expect(try session.waitForExit().status == 128 + Int(signal))
        }
        let session = try data.startCasebook()
        defer { session.close() }
        // The reading position was saved on the way out, too.
        try session.waitFor("Recommendation 2 of 10")
        try session.type("a")
        let offer = try session.waitFor("was kept — Enter restore, d discard")
        #expect(offer.contains("Half a thought about schools"))
        try session.sendKeys("Enter")
        try session.waitFor("Draft restored")
        try session.sendKeys("C-s")
        try session.waitFor("Note saved on 2")
        try session.type("A")
        try session.waitFor("Half a thought about schools")
    }

    @Test func controlCInTheEditorAsksBeforeDiscardingAndOutsideItEndsKeepingThePosition() throws {
        let data = try NotesDataDirectory("drafts")
        defer { data.remove() }
        do {
            let session = try data.startCasebook()
            defer { session.close() }
            try typeANote("Ask the school nurse", in: session)
            try session.sendKeys("C-c")
            try session.waitFor("Discard changes? y/n")
            try session.type("n")
            try session.waitFor("Ctrl-S save")
            try session.sendKeys("C-c")
            try session.waitFor("Discard changes? y/n")
            try session.type("y")
            try session.waitFor("Changes discarded")
            try session.sendKeys("C-c")
            #expect(try session.waitForExit().status == 130)
        }
        let session = try data.startCasebook()
        defer { session.close() }
        try session.waitFor("Recommendation 2 of 10")
        try session.type("a")
        let editor = try session.waitFor("New note")
        #expect(!editor.contains("Ask the school nurse") && !editor.contains("A draft"))
    }

    /// casebook with "Do not lose me" typed as a note the store cannot save (the notes folder's parent
    /// is a file), and `q` pressed: "Notes not saved" on screen.
    private func askingToQuitWithAnUnsavedNote(_ data: NotesDataDirectory) throws -> TmuxSession {
        let blocked = data.url.appendingPathComponent("blocked").path
        #expect(FileManager.default.createFile(atPath: blocked, contents: Data("x".utf8)))
        let session = try TmuxSession(environment: ["XDG_DATA_HOME": blocked], width: 80, height: 24)
        try session.waitFor("Introduction")
        try session.type("a")
        try session.waitFor("New note")
        try session.type("Do not lose me")
        try session.sendKeys("C-s")
        try session.waitFor("cannot save notes")
        try session.type("q")
        try session.waitFor("Notes not saved")
        return session
    }

    @Test func qWithAnUnwritableStoreAsksOnScreenAndWritesTheNotesToTheFileNamed() throws {
        let data = try NotesDataDirectory("unwritable")
        defer { data.remove() }
        let copy = data.url.appendingPathComponent("copy.json").path
        let session = try askingToQuitWithAnUnsavedNote(data)
        defer { session.close() }
        try session.type("w")
        try session.waitFor("Write the notes to:")
        try session.type(copy)
        try session.sendKeys("Enter")
        let (status, screen) = try session.waitForExit()
        #expect(status == 0)
        #expect(screen.contains("your notes are in"))
        let written = try String(contentsOfFile: copy, encoding: .utf8)
        #expect(written.contains("Do not lose me"))
    }

    /// The file named for the notes is never a FIFO or device written over, and an existing file is
    /// replaced only after y (the second audit).
    @Test func theFileNamedForTheNotesIsReplacedOnlyAfterYesAndNeverWhenNotRegular() throws {
        let data = try NotesDataDirectory("replace")
        defer { data.remove() }
        let mine = data.url.appendingPathComponent("mine.txt").path
        #expect(FileManager.default.createFile(atPath: mine, contents: Data("my own words".utf8)))
        let fifo = data.url.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let session = try askingToQuitWithAnUnsavedNote(data)
        defer { session.close() }
        try session.type("w")
        try session.waitFor("Write the notes to:")
        try session.type(fifo)
        try session.sendKeys("Enter")
        try session.waitFor("not a regular file")
        try session.type("w")
        try session.waitFor("Write the notes to:")
        try session.type(mine)
        try session.sendKeys("Enter")
        try session.waitFor("exists. Replace it? y/n")
        try session.type("n")
        try session.waitFor("Write the notes to:")
        #expect(try String(contentsOfFile: mine, encoding: .utf8) == "my own words")
        try session.sendKeys("Enter")
        try session.waitFor("exists. Replace it? y/n")
        try session.type("y")
        let (status, screen) = try session.waitForExit()
        #expect(status == 0)
        #expect(screen.contains("your notes are in"))
        #expect(try String(contentsOfFile: mine, encoding: .utf8).contains("Do not lose me"))
        var node = stat()
        #expect(lstat(fifo, &node) == 0 && node.st_mode & S_IFMT == S_IFIFO)
    }
}
