/// Keeps notes on the text they were written about when an edited document renumbers its items:
/// a note (or a mark) whose id now holds different text moves to the item whose text matches its anchor.
package struct NoteAnchoring {
    package enum Placement: Equatable {
        case stays
        /// The id's text changed, and `target` holds the text the note was written on.
        case moved(to: NoteTarget)
        /// The document has no such item; the note keeps its id (and is shown in the notes view).
        case missing
    }

    private let targets: [(target: NoteTarget, fingerprint: TextFingerprint)]

    package init(_ document: ReviewDocument) {
        targets = document.noteTargets.compactMap { target in
            document.anchorText(for: target).map { (target, TextFingerprint($0)) }
        }
    }

    package func placement(of note: Note) -> Placement { placement(of: note.target, anchor: note.anchor) }

    /// Where what was written on `target`, when it read as `anchor`, belongs now: a note's or a mark's.
    package func placement(of target: NoteTarget, anchor: TextFingerprint) -> Placement {
        let current = targets.first { $0.target == target }
        if anchor.isEmpty { return current == nil ? .missing : .stays }
        let here = current.map { anchor.similarity(to: $0.fingerprint) } ?? 0
        if here >= TextFingerprint.sameTextThreshold { return .stays }
        let best = targets
            .map { (target: $0.target, score: anchor.similarity(to: $0.fingerprint)) }
            .filter { $0.target != target && $0.score >= TextFingerprint.sameTextThreshold && $0.score > here }
            .max { $0.score < $1.score }
        if let best { return .moved(to: best.target) }
        return current == nil ? .missing : .stays
    }
}
