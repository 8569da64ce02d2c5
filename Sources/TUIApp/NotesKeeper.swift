import Content
import TUICore
import Store

/// Runs the browser's `persist` effects on the document's `NoteStore` and answers with messages: the
/// store's notes after each change, or a one-line reason when saving failed (the change stays in
/// memory and is written with the next one). Lives in the event loop, not the core:
/// the store does file I/O and is not Sendable.
public final class NotesKeeper {
    private let store: NoteStore?
    /// Messages for the status line from opening the store (a corrupt file moved aside…).
    public private(set) var startupMessages: [String] = []
    /// The file the user had the notes written to when the store could not be written.
    public private(set) var writtenCopy: String?

    /// Opens the standard notes store for `document`, which must not adopt `others` (a library's
    /// other reviews' notes); without one (no HOME), notes live in memory only.
    public convenience init(document: ReviewDocument, notAdopting others: OtherDocumentsNotes = .none) {
        do {
            self.init(store: try NoteStore(document: document, notAdopting: others))
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

    /// Notes of a document somewhat alike that the browser should offer (`Message.notesOffered`).
    public var offer: NotesOffer? {
        store?.uncertainMatch.map { NotesOffer(title: $0.title, contents: $0.contents, percentAlike: $0.percentAlike) }
    }

    /// Performs the `persist` effects among `effects`; answers with the messages for the browser: the
    /// store's notes after the changes, why saving failed, and the store's notices.
    public func perform(_ effects: [Effect]) -> [Message] {
        guard let store else { return [] }
        var answers: [Message] = []
        var changed = false
        for case let .persist(change) in effects {
            // While notes are offered and not answered, the reading position alone does not give this
            // document a notes file of its own, which would end the offer unasked (on q after Esc, on a signal).
            if store.uncertainMatch != nil, case .position = change { continue }
            // On failure the store keeps the change; the browser already shows it.
            do { try store.record(change) } catch { answers.append(.notesFailed(error.message)) }
            changed = true
        }
        for case let .answerNotesOffer(accept) in effects {
            do { try accept ? store.adoptUncertainMatch() : store.refuseUncertainMatch() } catch {
                // Copied notes that could not be written stay in memory, as any unsaved change.
                answers.append(store.hasUnsavedChanges ? .notesFailed(error.message) : .notice(error.message))
            }
            changed = true
        }
        if changed { answers.insert(.notesChanged(store.current), at: 0) }
        if let notice = store.takeNotices().last { answers.append(.notice(notice.message)) }
        for case let .writeNotes(path, replacing) in effects {
            do { try store.writeCopy(to: path, replacing: replacing) } catch {
                // A file is there: the user is asked before it is replaced.
                answers.append(error.kind == .fileExists ? .notesFileExists(path) : .notesFailed(error.message))
                continue
            }
            writtenCopy = path
            answers.append(.notesWritten(path))
        }
        return answers
    }

    /// Writes changes still pending after a failure (on quit): the error, if any, for stderr (saying
    /// where the notes are when the user had them written to a file).
    public func flush() -> String? {
        guard let store, store.hasUnsavedChanges else { return nil }
        do { try store.saveNow() } catch {
            guard let writtenCopy else { return error.message }
            return "the notes store could not be written; your notes are in \(TerminalSafe.sanitize(writtenCopy))"
        }
        return nil
    }
}
