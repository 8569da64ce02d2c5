@testable import Content
import Foundation
import Testing
@testable import TUIApp
@testable import TUICore
import TUITestSupport
import Store
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// However the event loop ends (a signal, the terminal gone), the store is left with the reading position
/// and the editor's unsaved text as a draft.
@Suite struct EventLoopEndingTests {
    private static let document = DocumentLoader.builtInDocument()

    /// Keys from a list, then the end of input; draws nothing.
    private final class ScriptedBackend: TerminalBackend {
        var events: [KeyEvent]
        init(_ events: [KeyEvent]) { self.events = events }
        var size: (width: Int, height: Int) { (80, 24) }
        func draw(_ grid: CellGrid) {}
        func invalidate() {}
        func nextEvent() -> KeyEvent? { events.isEmpty ? nil : events.removeFirst() }
        func shutdown() {}
    }

    private func run(_ keys: String, signalAfter: Int?, signal: Int32 = SIGTERM) -> (TUIApp.TerminalApp.LoopEnd, NoteStore) {
        let directory = NSTemporaryDirectory() + "casebook-loop-" + UUID().uuidString
        let store = NoteStore(document: Self.document, directory: directory)
        let keeper = NotesKeeper(store: store)
        var browser = Browser(document: Self.document, notes: keeper.notes, width: 80, height: 24)
        let backend = ScriptedBackend(keys.map { $0 == "⏎" ? .enter : .character($0) })
        let total = backend.events.count
        var sent = false
        let end = TerminalApp.run(&browser, on: backend, notes: keeper, signals: {
            // The signal arrives once, when `signalAfter` keys have been read.
            guard let signalAfter, total - backend.events.count == signalAfter, !sent else { return nil }
            sent = true
            return signal
        })
        return (end, store)
    }

    @Test func aSignalKeepsTheEditorsTextAsADraftAndThePosition() throws {
        let (end, store) = run(":4⏎aunsaved words", signalAfter: 17)
        #expect(end == .signal(SIGTERM))
        try store.reload()
        #expect(store.current.drafts.map(\.text) == ["unsaved words"])
        #expect(store.current.drafts.first?.target == .item(ItemID(number: 4)))
        #expect(store.current.lastPosition?.target == .item(ItemID(number: 4)))
    }

    @Test func theEndOfInputSavesThePosition() throws {
        let (end, store) = run(":5⏎", signalAfter: nil)
        #expect(end == .finished)
        try store.reload()
        #expect(store.current.lastPosition?.target == .item(ItemID(number: 5)))
    }

    @Test func controlCInTheEditorOnlyAsksAndTheLoopGoesOn() throws {
        let (end, store) = run(":4⏎aunsaved words", signalAfter: 17, signal: SIGINT)
        // The loop went on to the end of input, which kept the text as a draft.
        #expect(end == .finished)
        try store.reload()
        #expect(store.current.drafts.map(\.text) == ["unsaved words"])
    }
}
