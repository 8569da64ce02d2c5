import TUICore

/// What runs the core's effects in the event loop and answers with messages: the notes store for one
/// document (`NotesKeeper`), or the library with the notes of the review open (`LibraryRuntime`).
public protocol EffectRunner: AnyObject {
    func perform(_ effects: [Effect]) -> [Message]
    /// Writes what is still pending on quit; the error, if any, for stderr.
    func flush() -> String?
}

extension NotesKeeper: EffectRunner {}
