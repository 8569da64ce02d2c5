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

    /// A place is held packed; every value it names reads back as given, and equal places are
    /// those naming the same things.
    @Test func aPackedPlaceReadsBackEveryValue() {
        let items: [Place.Item] = [.introduction, .section(0), .section(41), .recommendation(3), .recommendation(number: 3, occurrence: 2),
                                   .recommendation(number: Int.max, occurrence: 1), .recommendation(number: -7, occurrence: 0)]
        // "e\u{301}" is one Character of two scalars, a letter no parser makes but a place may name.
        let zones: [Place.Zone] = [.title, .text, .part("a"), .part("z"), .part("é"), .part("e\u{301}"), .part("👩‍👧"), .response, .field(0), .field(12)]
        var places = Set<Place>()
        for item in items {
            for zone in zones {
                for lines in [nil, SourceSpan(line: 1), SourceSpan(27, 31), SourceSpan(1_000_000, 2_000_000)] {
                    let place = Place(item: item, zone: zone, block: 5, piece: 2, range: 3..<70_000_000, lines: lines)
                    #expect(place.item == item)
                    #expect(place.zone == zone)
                    #expect(place.lines == lines)
                    #expect((place.block, place.piece, place.range) == (5, 2, 3..<70_000_000))
                    #expect(place.with(range: 0..<1).isInSamePiece(as: place))
                    places.insert(place)
                }
            }
        }
        #expect(places.count == items.count * zones.count * 4)
        let place = Place(item: .recommendation(4), zone: .part("b"), block: 1, range: 0..<3, lines: nil)
        #expect(!place.isInSamePiece(as: Place(item: .recommendation(4), zone: .part("c"), block: 1, range: 0..<3, lines: nil)))
        #expect(!place.isInSamePiece(as: Place(item: .recommendation(number: 4, occurrence: 1), zone: .part("b"), block: 1, range: 0..<3, lines: nil)))
        #expect(!place.isInSamePiece(as: Place(item: .recommendation(4), zone: .part("b"), block: 1, piece: 1, range: 0..<3, lines: nil)))
    }
}
