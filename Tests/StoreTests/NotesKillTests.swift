@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// Real processes: a writer process is killed with SIGKILL at random moments while it saves notes,
/// and this process saves notes of its own in between. The store must always read back whole, and
/// nothing either process saved may be lost. The writer is this test binary, re-run with only
/// `writerProcess` enabled.
@Suite struct NotesKillTests {
    static let writerDirectoryVariable = "CASEBOOK_NOTES_WRITER_DIRECTORY"
    static let writerDirectory = ProcessInfo.processInfo.environment[writerDirectoryVariable]

    /// The body of the writer process: saves notes as fast as it can until it is killed (or after
    /// twenty seconds, should the test that started it have gone away).
    @Test(.enabled(if: writerDirectory != nil, "runs only as the writer process of aKilledWriter…"))
    func writerProcess() throws {
        let directory = try #require(Self.writerDirectory)
        let store = NoteStore(document: NotesFixtures.childJ, directory: directory)
        try store.load()
        let deadline = Date().addingTimeInterval(20)
        var index = 0
        while Date() < deadline {
            index += 1
            // Large enough that a write takes a while, so kills land mid-write too.
            let text = "writer \(getpid()) note \(index)\n" + String(repeating: "padding ", count: 2000)
            try store.save(Note(on: .item(ItemID(number: index % 10 + 1)), in: NotesFixtures.childJ, text: text))
        }
    }

    #if os(Linux)
    @Test func aKilledWriterNeverLeavesAHalfWrittenStoreOrLosesNotes() throws {
        let temp = NotesTemporaryDirectory()
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let mine = NoteStore(document: NotesFixtures.childJ, directory: temp.path)
        try mine.load()
        var myNotes: [Note] = []
        var lastCount = 0

        for round in 1...8 {
            let writer = Process()
            writer.executableURL = URL(fileURLWithPath: executable)
            writer.arguments = ["--testing-library", "swift-testing", "--filter", "NotesKillTests/writerProcess"]
            writer.environment = ProcessInfo.processInfo.environment.merging([Self.writerDirectoryVariable: temp.path]) { $1 }
            writer.standardOutput = FileHandle.nullDevice
            writer.standardError = FileHandle.nullDevice
            try writer.run()

            // Wait until the writer is saving, save a note of our own alongside it, then kill it.
            let started = Date()
            while try noteCount(temp.path) <= lastCount + 2, Date().timeIntervalSince(started) < 10 {
                usleep(2_000)
            }
            let note = Note(on: .introduction, in: NotesFixtures.childJ, text: "mine, round \(round)")
            try mine.save(note)
            myNotes.append(note)
            usleep(UInt32.random(in: 0...20_000))
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
            #expect(writer.terminationReason == .uncaughtSignal)

            let reader = NoteStore(document: NotesFixtures.childJ, directory: temp.path)
            try reader.load()
            #expect(reader.takeNotices().isEmpty, "round \(round): the store read back whole")
            #expect(reader.current.notes.count > lastCount, "round \(round): nothing lost")
            lastCount = reader.current.notes.count
        }

        try mine.setMarked(ItemID(number: 1), true)
        let final = NoteStore(document: NotesFixtures.childJ, directory: temp.path)
        try final.load()
        let ids = Set(final.current.notes.map(\.id))
        #expect(myNotes.allSatisfy { ids.contains($0.id) })
        #expect(final.current.notes.count >= lastCount)
        // A killed writer's temporary file is cleared by the next save.
        #expect(temp.names().filter { $0.hasPrefix(".") }.isEmpty)
    }

    private func noteCount(_ directory: String) throws -> Int {
        let store = NoteStore(document: NotesFixtures.childJ, directory: directory)
        try store.load()
        return store.current.notes.count
    }
    #endif
}
