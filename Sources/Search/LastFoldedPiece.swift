import Content

/// The piece of a document's text last folded again (the index keeps no folded text): a query's
/// matches in a piece come one after another, so each piece is folded once for all of them, into the
/// same bytes each time.
struct LastFoldedPiece {
    private var piece = -1
    private var folded = FoldedText()

    /// Piece `piece` of `text`, folded.
    mutating func folding(_ piece: Int, of text: DocumentText) -> FoldedText {
        if piece != self.piece {
            self.piece = piece
            folded.removeAll()
            folded.append(text.pieces[piece].text)
        }
        return folded
    }
}
