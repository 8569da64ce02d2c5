@testable import Content
import Testing
@testable import Learning
@testable import Search

/// The search engine on the Child J document and on small hand-made documents.
@Suite struct SearchTests {
    static let childJ = DocumentLoader.builtInDocument()
    static let index = SearchIndex(document: childJ)

    func numbers(_ query: String, in index: SearchIndex = Self.index) throws -> [Int] {
        let result = index.run(try SearchQuery(parsing: query))
        return result.recommendations.map { index.document.recommendations[$0].number }
    }

    func matchedText(_ query: String, in index: SearchIndex = Self.index) throws -> [String] {
        let result = index.run(try SearchQuery(parsing: query))
        return result.matches.map { match in
            let text = index.document.pieceText(at: match) ?? ""
            return text[utf8: match.range]
        }
    }

    @Test func wordsMustAllOccurInOneRecommendation() throws {
        #expect(try numbers("reachable") == [3])
        #expect(try numbers("exclusion") == [7])
        #expect(try numbers("missing interviews") == [6])
        #expect(try numbers("army foster") == [])
    }

    @Test func plainWordsMatchWholeWordsAndStarMatchesPrefixes() throws {
        #expect(try matchedText("exclusion") == ["exclusion", "exclusion"])
        #expect(try matchedText("exclu*") == Array(repeating: "exclu", count: 6))
        #expect(try numbers("exclu") == [])
    }

    @Test func quotedPhraseMatchesExactly() throws {
        #expect(try matchedText("\"reachable moment\"") == ["reachable moment", "reachable moment", "reachable moment"])
        #expect(try numbers("\"moment reachable\"") == [])
    }

    @Test func excludedWordsRemoveItems() throws {
        #expect(try numbers("training") == [3, 4, 7, 9])
        #expect(try numbers("training -NRM") == [3, 4, 7])
    }

    @Test func smartCaseWordByWord() throws {
        #expect(try numbers("hampshire") == [4, 5])
        #expect(try numbers("Hampshire") == [4, 5])
        #expect(try numbers("HAMPSHIRE") == [])
        #expect(try numbers("hampshire -ACEs") == [5])
    }

    @Test func curlyAndStraightApostrophesAreAlike() throws {
        #expect(try numbers("practitioner's") == [10])
        #expect(try numbers("practitioner’s") == [10])
        #expect(try numbers("“reachable moment”") == [3])
    }

    @Test func accentsAreIgnored() throws {
        let document = ReviewParser.parse("""
        Recommendation 1

        The café should open.

        Action Taken:

        Naïve plans were revised.
        """, source: "accents")
        let index = SearchIndex(document: document)
        #expect(try numbers("cafe", in: index) == [1])
        #expect(try numbers("naive", in: index) == [1])
        #expect(try matchedText("naive", in: index) == ["Naïve"])
    }

    @Test func aControlOrFormatCharacterEndsAWordAsInTheLibrarysIndex() throws {
        // U+202E (format) before the word, U+009B (a C1 control) right after it: the library's tokenizer
        // splits there, so "reversed" is a whole word in both searches.
        let document = ReviewParser.parse("Recommendation 1\n\nEnsure \u{202E} reversed\u{009B} stuff.\n\nAction Taken:\n\nSoft\u{00AD}ware zero\u{200B}width.\n",
                                          source: "controls")
        let index = SearchIndex(document: document)
        #expect(try numbers("reversed", in: index) == [1])
        #expect(try matchedText("reversed", in: index) == ["reversed"])
        #expect(try numbers("\"ensure reversed stuff\"", in: index) == [1])
        #expect(try numbers("ware", in: index) == [1])
        #expect(try numbers("width", in: index) == [1])
        #expect(try matchedText("reversed*", in: index) == ["reversed"])
    }

    @Test func phraseMatchesAcrossALineOrPageBreak() throws {
        #expect(try matchedText("\"should also seek assurance\"") == ["should also seek assurance"])
        #expect(try numbers("\"to share information disclosed\"") == [6])
        let broken = ReviewParser.parse("Recommendation 1\n\nThe reachable\nmoment was missed.\n\nAction Taken:\n\nNone.\n", source: "broken")
        #expect(try numbers("\"reachable moment\"", in: SearchIndex(document: broken)) == [1])
    }

    @Test func facetsNarrowRecommendations() throws {
        #expect(try numbers("section:generic") == [6, 7, 8, 9, 10])
        #expect(try numbers("-section:generic") == [1, 2, 3, 4, 5])
        #expect(try numbers("id:5") == [5])
        #expect(try numbers("id:5b foster") == [5])
        #expect(try numbers("id:5b assurance") == [])
        #expect(try numbers("in:response army") == [])
        #expect(try numbers("in:recommendation army") == [3])
        #expect(try numbers("in:response NRM") == [9])
    }

    @Test func facetValuesMayBeQuotedToHoldSpaces() throws {
        let query = try SearchQuery(parsing: "theme:\"missing children\" foster")
        #expect(query.facets.map(\.value) == ["missing children"])
        #expect(query.terms.map(\.text) == ["foster"])
        #expect(throws: QueryError.self) { try SearchQuery(parsing: "theme:\"missing") }
    }

    @Test func learningFacetsNeedTheLearningIndex() throws {
        let learning = LearningIndex(document: Self.childJ)
        let index = SearchIndex(document: Self.childJ, learning: learning)
        #expect(try numbers("status:planned", in: index) == [8])
        #expect(try numbers("agency:\"Children's Social Care\" in:response", in: index).contains(6))
        #expect(try numbers("has:commitment -status:planned", in: index).allSatisfy { $0 != 8 })
        #expect(try SearchQuery(parsing: "status:planned").needsLearning)
    }

    @Test func matchesAreInDocumentOrder() throws {
        let result = Self.index.run(try SearchQuery(parsing: "PSCP"))
        let order = result.matches.map { match in
            (Self.childJ.text.index(of: match) ?? -1, match.range.lowerBound)
        }
        #expect(zip(order, order.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(!order.contains { $0.0 < 0 })
        #expect(result.count(.recommendation(3), part: "a") == 2)
    }

    @Test(arguments: [
        ("\"unclosed", "unclosed quote"),
        ("-", "nothing after"),
        ("foo:bar", "unknown filter"),
        ("id:x", "not an id"),
        ("in:nowhere", "not a place"),
        ("section:", "needs a value"),
        ("*", "needs letters"),
    ])
    func badQueriesSayWhy(query: String, reason: String) {
        #expect(throws: QueryError.self) { try SearchQuery(parsing: query) }
        do {
            _ = try SearchQuery(parsing: query)
        } catch {
            #expect(error.message.contains(reason))
        }
    }

    /// `year: missing` suggests year:2019, not year:word: each facet's own example, which it accepts.
    @Test(arguments: SearchQuery.facetKeys.map(\.key))
    func anEmptyFacetSuggestsItsOwnExample(key: String) throws {
        do {
            _ = try SearchQuery(parsing: key + ": missing")
            Issue.record("\(key): with no value was accepted")
        } catch {
            let example = try #require(error.message.components(separatedBy: "e.g. ").last)
            #expect(error.message == "\(key): needs a value, e.g. \(example)")
            #expect(example.hasPrefix(key + ":") && example != key + ":word")
            #expect(throws: Never.self) { try SearchQuery(parsing: example) }
        }
    }

    @Test func wordsWithColonsAndTimesAreTerms() throws {
        let query = try SearchQuery(parsing: "Practice: 10:30")
        #expect(query.terms.map(\.text) == ["Practice:", "10:30"])
        #expect(query.facets.isEmpty)
    }

    @Test func idFacetTakesACodeInItsSeries() throws {
        let coded = ReviewParser.parse("Coded plan\n\nE1. Early help should screen every family.\n\nPR1. Schools should record attendance.\n",
                                       source: "coded.txt")
        let index = SearchIndex(document: coded)
        let series = { (query: String) throws -> [String] in
            index.run(try SearchQuery(parsing: query)).recommendations.map { coded.recommendations[$0].series }
        }
        #expect(try series("id:PR1") == ["PR"])
        #expect(try series("id:e1") == ["E"])
        #expect(try series("id:1") == ["E", "PR"], "a bare number is every 1")
        #expect(try series("id:PR1 screen") == [])
    }
}

@Test func aRepeatedQueryWordIsLookedForOnce() throws {
    let once = try SearchQuery(parsing: "the")
    let repeated = try SearchQuery(parsing: String(repeating: "the ", count: 2000))
    #expect(repeated.terms == once.terms)
    let index = SearchIndex(document: DocumentLoader.builtInDocument())
    #expect(index.run(repeated).matches == index.run(once).matches)

}
