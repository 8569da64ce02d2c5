@testable import Content
import Testing
@testable import Learning
@testable import Search
@testable import Reports

/// The one address: places count UTF-8, tell apart recommendations that share a number, and every
/// reader of the one walk (search, learning, the command line) lands on the same characters.
@Suite struct PlaceTests {
    static let accented = ReviewParser.parse("""
        Recommendation 1

        東京 and the café’s “naïve” army: the Agency’s army.

        Action Taken:

        The army — Ñandú — will report by March 2025.
        """, source: "accents")

    func result(_ query: String, in document: ReviewDocument) throws -> SearchResult {
        SearchIndex(document: document).run(try SearchQuery(parsing: query))
    }

    @Test func aMatchAfterMultiByteCharactersCoversExactlyItsWords() throws {
        let matches = try result("army", in: Self.accented).matches
        #expect(matches.count == 3)
        for match in matches {
            let text = try #require(Self.accented.pieceText(at: match))
            #expect(text[utf8: match.range] == "army")
        }
        let quoted = try #require(try result("\"the cafe's\"", in: Self.accented).matches.first)
        let piece = try #require(Self.accented.pieceText(at: quoted))
        #expect(piece[utf8: quoted.range] == "the café’s")
    }

    @Test func commandLineOutputCountsCharactersAsBefore() throws {
        let found = try result("army", in: Self.accented)
        let lines = SearchReport.lines(for: found, in: Self.accented, width: 100, marks: .brackets)
        #expect(lines[0].hasSuffix("東京 and the café’s “naïve” [[army]]: the Agency’s army."))
        #expect(lines[1].hasSuffix("東京 and the café’s “naïve” army: the Agency’s [[army]]."))
        let records = SearchMatchRecord.records(for: found, in: Self.accented, file: "accents")
        for record in records {
            #expect(Array(record.text)[record.start..<record.end].map(String.init).joined() == "army")
        }
        #expect(records.map(\.start) == [26, 45, 4])
    }

    @Test func evidenceAfterMultiByteCharactersQuotesItsWords() throws {
        let learning = LearningIndex(document: Self.accented)
        let commitment = try #require(learning.commitments.first)
        let due = try #require(commitment.due)
        let piece = try #require(Self.accented.pieceText(at: due.evidence.place))
        #expect(piece[utf8: due.evidence.place.range] == "by March 2025")
        #expect(due.evidence.text == "by March 2025")
    }

    @Test func recommendationsSharingANumberAreTwoPlaces() throws {
        let document = ReviewParser.parse("""
            Recommendation 3

            The first one asks about apples.

            Recommendation 3

            The second one asks about pears.
            """, source: "repeated")
        #expect(document.text.recommendations == [.recommendation(number: 3, occurrence: 0), .recommendation(number: 3, occurrence: 1)])
        let pears = try #require(try result("pears", in: document).matches.first)
        #expect(pears.item == .recommendation(number: 3, occurrence: 1))
        #expect(document.text(at: pears) == "The second one asks about pears.")
        #expect(pears.displayID == "3")
        let apples = try #require(try result("apples", in: document).matches.first)
        #expect(!apples.isInSamePiece(as: pears))
        #expect(try result("pears", in: document).count(.recommendation(number: 3, occurrence: 1)) == 1)
        #expect(try result("pears", in: document).count(.recommendation(3)) == 0)
    }

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
