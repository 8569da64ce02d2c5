/// The question `NotesOffer` asks, over the panes.
enum NotesOfferOverlay {
    static let title = " Notes of a document somewhat alike "
    static let choices = ["y  yes: use a copy of them here", "n  no: start empty, never ask again", "Esc  not now (ask next time)"]

    static func render(_ offer: NotesOffer, layout: Layout, theme: Theme, into grid: inout CellGrid) {
        let box = QuestionBox(title: title, text: offer.question, choices: choices, footer: " y use  n no  Esc not now ")
        _ = box.render(in: layout.overlayFrame(maxWidth: 70, maxHeight: 14), theme: theme, into: &grid)
    }
}
