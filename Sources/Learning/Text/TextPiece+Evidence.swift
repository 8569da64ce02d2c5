import Content

extension TextPiece {
    /// The words at a UTF-8 range of this piece, as evidence.
    func evidence(_ range: Range<Int>, in tokens: WordTokens) -> Evidence {
        Evidence(text: tokens.text(range), place: place.with(range: range))
    }

    var isResponse: Bool { place.zone == .response }
}
