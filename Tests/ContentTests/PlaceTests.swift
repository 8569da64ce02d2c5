import Content
import Testing
import TestFixtures

/// The one walk: every piece of text with its place, which counts UTF-8.
@Suite struct PlaceTests {
    @Test func everyPieceOfTheWalkIsWhereItsPlaceSays() {
        let document = DocumentLoader.builtInDocument()
        #expect(!document.text.pieces.isEmpty)
        for (index, piece) in document.text.pieces.enumerated() {
            #expect(document.pieceText(at: piece.place) == piece.text)
            #expect(piece.place.range == 0..<piece.text.utf8.count)
            #expect(document.text.index(of: piece.place) == index)
        }
    }
}
