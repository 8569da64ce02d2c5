import Content

/// The piece of a document's text last folded again (the index keeps no folded text): a query's
/// matches in a piece come one after another, so each piece is folded once for all of them, into the
/// same bytes each time.
struct LastFoldedPiece {
    private var piece = -1
    private var folded = FoldedText()
    /// The piece last asked where its bytes came from, and whether it is plain ASCII.
    private var placed = (piece: -1, isPlain: false)

    /// Piece `piece` of `text`, folded.
    mutating func folding(_ piece: Int, of text: DocumentText) -> FoldedText {
        if piece != self.piece {
            self.piece = piece
            folded.removeAll()
            folded.append(text.pieces[piece].text)
        }
        return folded
    }

    /// Where folded bytes `range` of piece `piece` came from in its text. A piece of plain ASCII (see
    /// `FoldedText.isPlainASCII`) is not folded for it: its bytes are where they were.
    mutating func sourceRange(of range: Range<Int>, inPiece piece: Int, of text: DocumentText) -> Range<Int> {
        if piece != placed.piece {
            var source = text.pieces[piece].text
            placed = (piece, source.withUTF8(FoldedText.isPlainASCII))
        }
        guard placed.isPlain else { return folding(piece, of: text).sourceRange(of: range) }
        return range.lowerBound..<max(range.lowerBound + 1, range.upperBound)
    }
}
