import TUICore

/// What runs the core's effects in the event loop and answers with messages: the notes store for one
/// document (`NotesKeeper`), or the library with the notes of the review open (`LibraryRuntime`).
public protocol EffectRunner: AnyObject {
    func perform(_ effects: [Effect]) -> [Message]
    /// Writes what is still pending on quit; the error, if any, for stderr.
    func flush() -> String?
    /// What changed outside the browser since it last looked (another process removed reviews from the
    /// library), as messages for the core; the loop asks before each key, so the key acts on what is there.
    func changesOutside() -> [Message]
}

extension EffectRunner {
    /// Nothing outside changes one document's notes store under the browser.
    public func changesOutside() -> [Message] { [] }
}

extension NotesKeeper: EffectRunner {}
