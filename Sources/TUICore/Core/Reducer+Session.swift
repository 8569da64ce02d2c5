import Content

/// A session's start and end: the loaded notes reopen the document where it was left, `present`
/// starts presenting (its `--only` plan saved only with `--save-plan`), and quitting saves the reading position.
extension BrowserState {
    /// Takes the loaded notes: reopens at the last position, starts presenting when asked to.
    /// Returns the effects to run before the first frame (saving an `--only` plan when asked to).
    mutating func startSession(notes loaded: DocumentNotes?, options: BrowserOptions) -> [Effect] {
        var effects: [Effect] = []
        if let loaded { notes = loaded }
        if let position = loaded?.lastPosition {
            let target = selection(of: position.target)
            if target == .introduction || position.target.itemID.map(document.contains) == true {
                go(to: target, remember: false)
                if let line = position.scrollLine { reader = ReaderScroll(.start(target), offset: line) }
            }
        }
        if let only = options.presentOnly {
            let known = only.filter(document.contains)
            onlyPlan = known.map(\.recommendation)
            if options.savePlan { effects += record(.plan(known)) }
            let unknown = only.filter { !document.contains($0) }
            if !unknown.isEmpty { message = "Not in this document: " + unknown.map(\.description).joined(separator: ", ") }
        }
        if options.startInPresentation {
            // --from by note key: PR2's own place, not E2's.
            let from = options.presentFrom.flatMap { document.contains($0) ? position(of: $0.recommendation) : nil }
            let unknownMessage = message
            // The session starts at --from, else at its first recommendation, wherever the reader was left.
            startPresentation(atOrAfter: from ?? 0, quitsOnStop: true)
            if let unknownMessage, message == nil { message = unknownMessage }
        }
        return effects
    }

    /// The process is ending however it ends (a signal, Ctrl-C, lost input): keep the editor's
    /// unsaved text as a draft and the reading position, then quit.
    mutating func endSession() -> [Effect] {
        guard !isFinished else { return [] }
        isFinished = true
        return keepDraft() + positionEffects + [.quit]
    }

    /// Saves where the reader is, so the document reopens there.
    var positionEffects: [Effect] {
        let target: NoteTarget
        switch selection.item {
        case .section(let index):
            // A section has no target of its own: its first recommendation stands in.
            guard document.sections.indices.contains(index),
                  let first = document.sections[index].recommendations.first else { return [] }
            target = .item(first.id)
        default:
            guard let own = noteTarget(of: selection) else { return [] }
            target = own
        }
        let offset = reader.shown.belowSelectionStart
        return [.persist(.position(ReadingPosition(target: target, scrollLine: offset > 0 ? offset : nil)))]
    }
}
