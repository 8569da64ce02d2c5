@testable import Content
import Testing
@testable import Learning
@testable import Search
import TestFixtures

/// The query language as people expect it: the word being typed is a prefix, values of one facet
/// are alternatives, and scripts without spaces match inside words.
@Suite struct QueryAsPeopleTypeTests {
    static let childJ = DocumentLoader.builtInDocument()
    static let index = SearchIndex(document: childJ, learning: LearningIndex(document: childJ))

    func numbers(_ query: SearchQuery, in index: SearchIndex = Self.index) -> [Int] {
        index.run(query).recommendations.map { index.document.recommendations[$0].number }
    }

    func numbers(_ text: String, in index: SearchIndex = Self.index) throws -> [Int] {
        numbers(try SearchQuery(parsing: text), in: index)
    }

    @Test func theWordBeingTypedIsAPrefixAndOnlyThatWord() throws {
        #expect(numbers(try SearchQuery(typing: "rea")).contains(3))
        #expect(try numbers("rea").isEmpty)
        let typing = try SearchQuery(typing: "child rea")
        #expect(typing.terms.map(\.isPrefix) == [false, true])
        // A space ends the word: it is whole again, as is an excluded word or a facet's value.
        #expect(try SearchQuery(typing: "rea ").terms.map(\.isPrefix) == [false])
        #expect(try SearchQuery(typing: "army -rea").terms.map(\.isPrefix) == [false, false])
        #expect(try SearchQuery(typing: "army r").terms.map(\.isPrefix) == [false, false])
        #expect(try SearchQuery(typing: "army id:3").facets.map(\.value) == ["3"])
        #expect(try SearchQuery(typing: "army id:3").terms.map(\.isPrefix) == [false])
    }

    @Test func valuesOfOneFacetAreAlternativesAndFacetsAllHold() throws {
        let completed = try numbers("status:completed")
        let inProgress = try numbers("status:\"in progress\"")
        #expect(!completed.isEmpty && !inProgress.isEmpty)
        #expect(try numbers("status:completed status:\"in progress\"") == (completed + inProgress).sorted())
        #expect(try numbers("section:generic id:6 id:9") == [6, 9])
        #expect(try numbers("id:5 id:7 -section:generic") == [5])
        #expect(try numbers("id:3 id:5 section:generic").isEmpty)
    }

    @Test func wordsAreScopedByEitherOfSeveralPlacesOrParts() throws {
        // "army" is in 3b's recommendation text only.
        #expect(try numbers("in:response in:recommendation army") == [3])
        #expect(try numbers("id:3b id:5 army") == [3])
        #expect(try numbers("id:3a id:5 army").isEmpty)
    }

    @Test func aWordOfAScriptWithoutSpacesMatchesInsideWords() throws {
        let document = ReviewParser.parse("""
            Recommendation 1

            児童虐待の防止について and ความปลอดภัยของเด็ก were discussed.

            Action Taken:

            None.

            Recommendation 2

            Nothing here.

            Action Taken:

            None.
            """, source: "unspaced")
        let index = SearchIndex(document: document)
        #expect(try numbers("虐待", in: index) == [1])
        #expect(try numbers("ปลอดภัย", in: index) == [1])
        let match = try #require(index.run(try SearchQuery(parsing: "虐待")).matches.first)
        #expect(document.pieceText(at: match)?[utf8: match.range] == "虐待")
        // Latin words still match whole words only.
        #expect(try numbers("discuss", in: index).isEmpty)
    }
}
