import Content
import Search
import Testing
import TestFixtures

/// Places count UTF-8 and tell apart recommendations that share a number; a match after
/// multi-byte characters covers exactly its words.
@Suite struct SearchPlaceTests {
    func result(_ query: String, in document: ReviewDocument) throws -> SearchResult {
        SearchIndex(document: document).run(try SearchQuery(parsing: query))
    }

    @Test func aMatchAfterMultiByteCharactersCoversExactlyItsWords() throws {
        let matches = try result("army", in: MultiByteSample.accented).matches
        #expect(matches.count == 3)
        for match in matches {
            let text = try #require(MultiByteSample.accented.pieceText(at: match))
            #expect(text[utf8: match.range] == "army")
        }
        let quoted = try #require(try result("\"the cafe's\"", in: MultiByteSample.accented).matches.first)
        let piece = try #require(MultiByteSample.accented.pieceText(at: quoted))
        #expect(piece[utf8: quoted.range] == "the café’s")
    }

    /// The folded text keeps where its bytes came from only where that changes: after a run of spaces
    /// made one, a character folded shorter ("é") or longer ("ß", "…"); every match still maps back to
    /// exactly its words, and a capital asks for the case as written, also a non-ASCII one.
    @Test func matchesMapBackExactlyAfterFoldingThatChangesLength() throws {
        let document = ReviewParser.parse("""
            Recommendation 1

            The Straße 	  team met Éloïse … and   ÉLAN in the café; then straße again.

            Η ΣΟΦΙΑ μένει.
            """, source: "folding")
        func found(_ query: String) throws -> [String] {
            try result(query, in: document).matches.map { document.pieceText(at: $0)?[utf8: $0.range] ?? "" }
        }
        #expect(try found("strasse team") == ["Straße", "team", "straße"])
        #expect(try found("\"strasse team met\"") == ["Straße \t  team met"])
        #expect(try found("eloise") == ["Éloïse"])
        #expect(try found("\"... and elan\"") == ["… and   ÉLAN"])
        #expect(try found("cafe") == ["café"])
        #expect(try found("Straße") == ["Straße"])
        #expect(try found("ÉLAN") == ["ÉLAN"])
        #expect(try found("Élan").isEmpty)
        #expect(try found("sse").isEmpty)
        #expect(try found("again") == ["again"])
        #expect(try found("ΣΟΦΙΑ") == ["ΣΟΦΙΑ"])
        #expect(try found("σοφια") == ["ΣΟΦΙΑ"])
        #expect(try found("Σοφια").isEmpty)
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
}
