import Content

extension TextPiece {
    /// The words at a UTF-8 range of this piece, as evidence (read from the piece's own text).
    func evidence(_ range: Range<Int>) -> Evidence {
        Evidence(piece: self, range: range)
    }

    var isResponse: Bool { place.zone == .response }
}
