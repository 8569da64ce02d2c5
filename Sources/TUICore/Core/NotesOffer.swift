import Content

/// Notes written on a document only somewhat like this one (the store found no notes file of this
/// document's, and the closest other is neither clearly the same document nor clearly another): the
/// browser asks once whether to use them here.
public struct NotesOffer: Sendable, Hashable {
    /// The title of the document they were written on.
    public var title: String
    /// What would be used: "12 notes, 3 marks".
    public var contents: String
    /// How alike the two documents are: "45%".
    public var percentAlike: String

    public init(title: String, contents: String, percentAlike: String) {
        self.title = title
        self.contents = contents
        self.percentAlike = percentAlike
    }

    /// The question, with the title made safe and single-line.
    var question: String {
        "Notes for \"\(TerminalSafe.clean(title))\" (\(contents)) were written on a document \(percentAlike) alike. Use them here?"
    }
}

/// The answers to the offer.
enum NotesOfferAnswer: Sendable, Hashable {
    /// Use them: the runtime copies them into this document's notes.
    case accept
    /// Never for this document: it starts its own notes, and casebook does not ask again.
    case refuse
    /// Not now: nothing is written, and casebook asks again next time.
    case later
}

extension BrowserState {
    /// The runtime found notes to offer: ask, unless presenting (the question would hide behind the
    /// slides), where the status line says where to choose.
    mutating func offerNotes(_ offer: NotesOffer) {
        guard !isPresenting else {
            message = "Notes from a document \(offer.percentAlike) alike not used; casebook FILE asks"
            return
        }
        mode = .notesOffer(offer)
    }

    mutating func answerNotesOffer(_ answer: NotesOfferAnswer) -> [Effect] {
        guard case .notesOffer = mode else { return [] }
        mode = .browse
        switch answer {
        case .accept:
            message = "Copying the notes here…"
            return [.answerNotesOffer(accept: true)]
        case .refuse:
            message = "Not used here, and not asked again: this document keeps its own notes"
            return [.answerNotesOffer(accept: false)]
        case .later:
            message = "Not used for now; asked again when this document is next opened"
            return []
        }
    }
}
