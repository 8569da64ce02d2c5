import Content
import TUICore
import Store

/// Performs the browser's notes effects on the document's `NoteStore` and tells the browser what
/// came of them: the store's notes after each change, or a one-line message when saving failed (the
/// change stays in memory and is written with the next one). Lives in the event loop, not the core:
/// the store does file I/O and is not Sendable.
public final class NotesKeeper {
    private let store: NoteStore?
    /// Messages for the status line from opening the store (a corrupt file moved aside…).
    public private(set) var startupMessages: [String] = []

    /// Opens the standard notes store for `document`; without one (no HOME), notes live in memory only.
    public convenience init(document: ReviewDocument) {
        do {
            self.init(store: try NoteStore(document: document))
        } catch {
            self.init(store: nil)
            startupMessages.append(error.message + "; notes are kept in memory only")
        }
    }

    /// Uses `store` (tests pass one in a temporary directory); nil keeps notes in memory only.
    public init(store: NoteStore?) {
        self.store = store
        guard let store else { return }
        do { try store.load() } catch { startupMessages.append(error.message) }
        startupMessages += store.takeNotices().map(\.message)
    }

    /// The notes as loaded, for `Browser(document:options:notes:…)`; nil without a store.
    public var notes: DocumentNotes? { store?.current }

    /// Performs the notes effects among `effects` and reports back into `browser`.
    public func perform(_ effects: [Effect], on browser: inout Browser) {
        guard let store else { return }
        var changed = false
        for effect in effects {
            do {
                switch effect {
                case let .saveNote(note): try store.save(note)
                case let .deleteNote(id): try store.delete(noteID: id)
                case let .setMark(id, marked): try store.setMarked(id, marked)
                case let .setPlan(plan): try store.setPlan(plan)
                case let .savePosition(position): try store.setLastPosition(position)
                case .quit, .redrawAll: continue
                }
                changed = true
            } catch {
                // The store keeps the change; the browser already shows it.
                browser.report(error.message)
                changed = true
            }
        }
        if changed { browser.notesDidChange(store.current) }
        if let notice = store.takeNotices().last { browser.report(notice.message) }
    }

    /// Writes changes still pending after a failure (on quit): the error, if any, for stderr.
    public func flush() -> String? {
        guard let store, store.hasUnsavedChanges else { return nil }
        do { try store.saveNow() } catch { return error.message }
        return nil
    }
}
