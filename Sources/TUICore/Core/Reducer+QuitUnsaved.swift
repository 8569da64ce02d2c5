import Content

/// `q` while notes could not be saved: casebook asks before quitting and offers to write them to a
/// file the user names, so the reason is read on screen, not printed after the screen has gone.
struct QuitQuestion: Sendable, Hashable {
    /// Why the notes could not be saved, as the store said it.
    var reason: String
    /// The file name being typed, once `w` was pressed; nil while the question shows its choices.
    var fileName: String?
    /// A file of that name is there: replace it (y) or change the name (n)? Never replaced unasked.
    var askingToReplace = false
}

/// The keys of the question and of its file-name line.
enum QuitRequest: Sendable, Hashable {
    case writeToFile, quitAnyway, stay
    case type(Character), deleteBackward, submitFileName, cancelFileName
    case replaceFile, keepFile
}

extension BrowserState {
    /// `q`: quit, unless notes are unsaved; then ask.
    mutating func quit() -> [Effect] {
        if let reason = unsavedNotesReason {
            mode = .quitUnsaved(QuitQuestion(reason: reason))
            return []
        }
        isFinished = true
        return positionEffects + [.quit]
    }

    mutating func handleQuitQuestion(_ request: QuitRequest) -> [Effect] {
        guard case var .quitUnsaved(question) = mode else { return [] }
        switch request {
        case .writeToFile: question.fileName = ""
        case .quitAnyway:
            isFinished = true
            return [.quit]
        case .stay:
            mode = .browse
            return []
        case let .type(character):
            if (question.fileName?.count ?? 0) < 1000 { question.fileName?.append(character) }
        case .deleteBackward:
            if question.fileName?.isEmpty == false { question.fileName?.removeLast() }
        case .cancelFileName: question.fileName = nil
        case .submitFileName:
            guard let name = question.fileName, !TerminalSafe.trim(name).isEmpty else { return [] }
            return write(question, replacing: false)
        case .replaceFile:
            guard question.askingToReplace else { return [] }
            return write(question, replacing: true)
        case .keepFile: question.askingToReplace = false
        }
        mode = .quitUnsaved(question)
        return []
    }

    /// Asks the runtime to write the notes to the file named; the question waits, showing its choices.
    private mutating func write(_ question: QuitQuestion, replacing: Bool) -> [Effect] {
        guard let name = question.fileName else { return [] }
        message = "Writing the notes to \(name)…"
        mode = .quitUnsaved(QuitQuestion(reason: question.reason))
        return [.writeNotes(toFile: name, replacing: replacing)]
    }

    /// The file named is there: ask before replacing it, the name kept to be changed.
    mutating func askToReplace(_ path: String) {
        guard case let .quitUnsaved(question) = mode else { return }
        message = nil
        mode = .quitUnsaved(QuitQuestion(reason: question.reason, fileName: path, askingToReplace: true))
    }

    /// The runtime wrote the notes to the file the user named: casebook quits, as asked.
    mutating func notesWritten(to path: String) -> [Effect] {
        guard case .quitUnsaved = mode else {
            message = "Notes written to \(path)"
            return []
        }
        isFinished = true
        return [.quit]
    }
}
