@testable import Content
import Foundation
import Testing
@testable import TUIApp
@testable import TUICore
import TUITestSupport
import Store

/// The runtime's side of notes: effects from the browser performed on a real NoteStore in a
/// temporary directory, and the messages that come back into the browser through `update`.
@Suite struct NotesKeeperTests {
    private static let document = DocumentLoader.builtInDocument()

    private func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "casebook-keeper-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func keeper(in directory: String) -> NotesKeeper {
        NotesKeeper(store: NoteStore(document: Self.document, directory: directory))
    }

    private func browser(_ keeper: NotesKeeper, options: BrowserOptions = BrowserOptions()) -> Browser {
        var browser = Browser(document: Self.document, options: options, notes: keeper.notes, width: 80, height: 24)
        _ = TerminalApp.send(keeper.perform(browser.start()), to: &browser, notes: keeper)
        return browser
    }

    /// Sends keys and performs their effects, as the event loop does.
    private func send(_ keys: String, to browser: inout Browser, _ keeper: NotesKeeper) {
        _ = TerminalApp.send(keys.map(Self.event).map(Message.input), to: &browser, notes: keeper)
    }

    private func send(_ event: KeyEvent, to browser: inout Browser, _ keeper: NotesKeeper) {
        _ = TerminalApp.send([.input(event)], to: &browser, notes: keeper)
    }

    private static func event(_ character: Character) -> KeyEvent { character == "⏎" ? .enter : .character(character) }

    @Test func notesMarksAndThePositionSurviveAReopen() {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let keeper = keeper(in: directory)
            var browser = browser(keeper)
            send(":3b⏎a", to: &browser, keeper)
            send("Ask about the MOD letter", to: &browser, keeper)
            send(.control("s"), to: &browser, keeper)
            send(":6⏎m", to: &browser, keeper)
            send(":8⏎q", to: &browser, keeper)
            #expect(keeper.flush() == nil)
        }
        let keeper = keeper(in: directory)
        let notes = keeper.notes!
        #expect(notes.notes.map(\.text) == ["Ask about the MOD letter"])
        #expect(notes.notes.first?.target == .item(ItemID(number: 3, part: "b")))
        #expect(notes.marks == [ItemID(number: 6)])
        let reopened = browser(keeper)
        #expect(reopened.state.selection == .recommendation(8))
        #expect(outlineRow(reopened.render().lines, "3b")?.hasSuffix(" ✎") == true)
    }

    @Test func roomAnswersAndASavedOnlyPlanAreSaved() {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let keeper = keeper(in: directory)
        let options = BrowserOptions(startInPresentation: true, presentOnly: [ItemID(number: 2), ItemID(number: 4)],
                                     savePlan: true)
        var browser = browser(keeper, options: options)
        #expect(keeper.notes?.plan == [ItemID(number: 2), ItemID(number: 4)])
        send("a", to: &browser, keeper)
        send("The room said: tell North Yorkshire sooner", to: &browser, keeper)
        send(.control("s"), to: &browser, keeper)
        let saved = keeper.notes?.notes.first
        #expect(saved?.kind == .roomAnswer)
        #expect(saved?.target == .item(ItemID(number: 2)))
        #expect(browser.state.mode.input == .presenting)
    }

    @Test func anUnwritableDirectoryKeepsNotesInMemoryAndSaysSo() throws {
        let base = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: base) }
        // A directory under a regular file can never be created, even by root.
        let blocker = base + "/not-a-directory"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
        let keeper = keeper(in: blocker + "/casebook")
        var browser = browser(keeper)
        send("]a", to: &browser, keeper)
        send("kept in memory", to: &browser, keeper)
        send(.control("s"), to: &browser, keeper)
        #expect(browser.state.message?.hasPrefix("cannot save notes") == true)
        #expect(browser.render().lines[23].contains("cannot save notes"))
        #expect(browser.state.notes.notes.map(\.text) == ["kept in memory"])
        #expect(outlineRow(browser.render().lines, "1")?.hasSuffix(" ✎") == true)
        #expect(keeper.flush()?.contains("not writable") == true)
    }

    @Test func aCorruptFileIsReportedAtStart() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = NoteStore(document: Self.document, directory: directory)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.filePath))
        let keeper = keeper(in: directory)
        #expect(keeper.startupMessages.contains { $0.contains("corrupt") })
    }
}

/// When the store cannot be written, the keeper writes the notes to the file the user names.
@Suite struct NotesKeeperCopyTests {
    @Test func writeNotesWritesTheStoresNotesToTheFileAndSaysSo() throws {
        let base = NSTemporaryDirectory() + "casebook-copy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        // The notes directory is a file: nothing can be saved there.
        #expect(FileManager.default.createFile(atPath: base + "/file", contents: Data()))
        let document = DocumentLoader.builtInDocument()
        let keeper = NotesKeeper(store: NoteStore(document: document, directory: base + "/file/casebook"))
        var browser = Browser(document: document, notes: keeper.notes, width: 80, height: 24)
        _ = TerminalApp.send([.input(.character("a"))] + "kept".map { .input(.character($0)) } + [.input(.control("s"))],
                             to: &browser, notes: keeper)
        let effects = TerminalApp.send([.input(.character("q")), .input(.character("w"))]
                                       + (base + "/copy.json").map { .input(.character($0)) } + [.input(.enter)],
                                       to: &browser, notes: keeper)
        #expect(effects.contains(.quit))
        let copy = try NotesFileCoding.decode(try Data(contentsOf: URL(fileURLWithPath: base + "/copy.json")))
        #expect(copy.notes.map(\.text) == ["kept"])
        #expect(keeper.flush()?.contains("your notes are in \(base)/copy.json") == true)
    }

    @Test func anExistingFileIsAskedAboutAndKeptUntilYes() throws {
        let base = NSTemporaryDirectory() + "casebook-copy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(FileManager.default.createFile(atPath: base + "/file", contents: Data()))
        #expect(FileManager.default.createFile(atPath: base + "/mine.txt", contents: Data("my words".utf8)))
        let keeper = NotesKeeper(store: NoteStore(document: DocumentLoader.builtInDocument(), directory: base + "/file/casebook"))
        let asked = keeper.perform([.writeNotes(toFile: base + "/mine.txt", replacing: false)])
        guard case .notesFileExists(let path)? = asked.first, asked.count == 1 else { Issue.record("\(asked)"); return }
        #expect(path == base + "/mine.txt")
        #expect(try String(contentsOfFile: base + "/mine.txt", encoding: .utf8) == "my words")
        let written = keeper.perform([.writeNotes(toFile: base + "/mine.txt", replacing: true)])
        guard case .notesWritten? = written.first else { Issue.record("\(written)"); return }
        #expect(try String(contentsOfFile: base + "/mine.txt", encoding: .utf8).hasPrefix("{"))
    }

    @Test func aFIFOOrADeviceIsNeverWrittenOver() throws {
        let base = NSTemporaryDirectory() + "casebook-copy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(FileManager.default.createFile(atPath: base + "/file", contents: Data()))
        #expect(mkfifo(base + "/fifo", 0o600) == 0)
        let keeper = NotesKeeper(store: NoteStore(document: DocumentLoader.builtInDocument(), directory: base + "/file/casebook"))
        for replacing in [false, true] {
            for target in [base + "/fifo", base] {
                let answers = keeper.perform([.writeNotes(toFile: target, replacing: replacing)])
                guard case .notesFailed(let reason)? = answers.first else { Issue.record("\(answers)"); continue }
                #expect(reason == "cannot write the notes to \(target): not a regular file")
            }
        }
        var status = stat()
        #expect(lstat(base + "/fifo", &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }
}
