@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// `q` while the store cannot save: casebook asks first, on screen, and can write the notes to a file.
@Suite struct QuitUnsavedTests {
    static let reason = "cannot save notes: /data/casebook is not writable (Read-only file system); your notes are kept in memory — save again after fixing it"

    /// A browser with a note the store failed to save.
    private func browserWithUnsavedNote() -> Browser {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":2⏎a")
        browser.type("keep me")
        browser.press(.control("s"))
        _ = browser.update(.notesFailed(Self.reason))
        return browser
    }

    @Test func qAsksWithTheReasonOnScreenAndEscStays() {
        var browser = browserWithUnsavedNote()
        #expect(browser.type("q").isEmpty)
        #expect(!browser.state.isFinished)
        Golden.check(browser.render(), "quit-unsaved-80x24")
        #expect(browser.screen.contains("(Read-only file"))
        browser.press(.escape)
        #expect(browser.state.mode.input == .browse)
        #expect(browser.type("q").isEmpty)
        #expect(browser.type("q") == [.quit])
        #expect(browser.state.isFinished)
    }

    @Test func wWritesTheNotesToTheFileNamedAndQuitsOnceWritten() {
        var browser = browserWithUnsavedNote()
        browser.type("qw")
        browser.type("notes-copy.jsonx")
        browser.press(.backspace)
        #expect(browser.screen.contains("Write the notes to: notes-copy.json"))
        #expect(browser.press(.enter) == [.writeNotes(toFile: "notes-copy.json", replacing: false)])
        #expect(!browser.state.isFinished)
        // Writing failed: still asking, with the reason in the status line.
        _ = browser.update(.notesFailed("cannot write the notes to notes-copy.json: Permission denied"))
        #expect(browser.state.mode.input == .quitUnsaved)
        #expect(browser.screen.contains("Permission denied"))
        browser.type("w")
        browser.type("/tmp/elsewhere.json")
        browser.press(.enter)
        #expect(browser.update(.notesWritten("/tmp/elsewhere.json")) == [.quit])
        #expect(browser.state.isFinished)
    }

    @Test func anExistingFileIsReplacedOnlyAfterYes() {
        var browser = browserWithUnsavedNote()
        browser.type("qw")
        browser.type("mine.txt")
        #expect(browser.press(.enter) == [.writeNotes(toFile: "mine.txt", replacing: false)])
        // The file is there: asked, not replaced.
        #expect(browser.update(.notesFileExists("mine.txt")).isEmpty)
        #expect(browser.state.mode.input == .replaceNotesFile)
        Golden.check(browser.render(), "quit-unsaved-replace-80x24")
        #expect(browser.screen.contains("mine.txt exists. Replace it? y/n"))
        // n: back to the name, kept to be changed; nothing written.
        #expect(browser.type("n").isEmpty)
        #expect(browser.state.mode.input == .notesFileName)
        #expect(browser.screen.contains("Write the notes to: mine.txt"))
        #expect(browser.press(.enter) == [.writeNotes(toFile: "mine.txt", replacing: false)])
        _ = browser.update(.notesFileExists("mine.txt"))
        // y: written over it, then quit once written.
        #expect(browser.type("y") == [.writeNotes(toFile: "mine.txt", replacing: true)])
        #expect(!browser.state.isFinished)
        #expect(browser.update(.notesWritten("mine.txt")) == [.quit])
    }

    @Test func theReplaceQuestionFitsASmallScreen() {
        var browser = browserWithUnsavedNote()
        browser.press(.resize(width: 50, height: 15))
        browser.type("qw")
        browser.type("mine.txt")
        browser.press(.enter)
        _ = browser.update(.notesFileExists("mine.txt"))
        Golden.check(browser.render(), "quit-unsaved-replace-50x15")
        #expect(browser.screen.contains("Replace it? y/n"))
    }

    @Test func qQuitsAtOnceOnceTheStoreSavesAgain() {
        var browser = browserWithUnsavedNote()
        _ = browser.update(.notesChanged(browser.state.notes))
        #expect(browser.type("q").last == .quit)
    }
}
