@testable import Content
import Testing
@testable import Learning
import TestFixtures

/// A document's pieces are split with one vocabulary, numbering each distinct word once; what is
/// looked up once per word of it must find what looking at each occurrence finds.
@Suite struct SharedVocabularyTests {
    @Test func piecesSplitTogetherShareOneNumberPerWord() {
        let pieces = WordTokens.split(["The PSCP should act.", "the PSCP's Chair", "Barnardos' report"])
        #expect(pieces.allSatisfy { $0.vocabulary === pieces[0].vocabulary })
        let words = pieces.flatMap(\.tokens)
        #expect(words.map(\.text) == ["The", "PSCP", "should", "act", "the", "PSCP's", "Chair", "Barnardos'", "report"])
        #expect(words.map(\.folded) == words.map { $0.text.lowercased() })
        // "The" and "the" are two words as written; "PSCP" is one word wherever it stands.
        #expect(words[1].word == pieces[0].tokens[1].word && words[0].word != words[4].word)
        #expect(pieces[0].vocabulary.count == Set(words.map(\.text)).count)
        #expect(WordTokens("The PSCP should act.").tokens.map(\.range) == pieces[0].tokens.map(\.range))
    }

    /// Words are kept as a vocabulary number and a range: read back, they are the words as written.
    @Test func wordsKeptAsNumbersReadBackAsWritten() {
        let text = "Café staff\u{2019}s \u{201C}review\u{201D} \u{2014} naïve"
        let pieces = WordTokens.split([text, "the staff's café"])
        let words = pieces.flatMap(\.tokens)
        #expect(words.map(\.text) == ["Café", "staff's", "review", "naïve", "the", "staff's", "café"])
        // A curly apostrophe is made straight, so the two are one word.
        #expect(words[1].word == words[5].word && words[1].hasApostrophe && !words[0].hasApostrophe)
        let first = pieces[0]
        #expect(first.count == text.utf8.count)
        #expect(first.text(words[1].range) == "staff\u{2019}s" && first.text(words[3].range) == "naïve")
        #expect(first.byte(at: words[2].range.lowerBound) == UInt8(ascii: "r"))
    }

    /// An export asks for each recommendation's facts without keeping them: they are the same facts.
    @Test func factsDerivedWithoutKeepingThemAreTheFactsKept() {
        let document = ChildJ.document
        let kept = LearningIndex(document: document).recommendations
        let passing = LearningIndex(document: document)
        #expect(kept.indices.map { passing.learning(at: $0, keep: false) } == kept)
        #expect(passing.recommendations == kept)
    }

    @Test func agenciesAndThemesBoundToTheDocumentFindWhatEachPieceFindsAlone() {
        let document = ChildJ.document
        let data = LearningData.builtIn.overlaid(with: LocalDataFile.data(of: document))
        let texts = document.text.pieces.map(\.text)
        let together = WordTokens.split(texts)
        let agencies = AgencyFinder(agencies: LearningIndex(document: document).agencies)
        let themes = ThemeFinder(themes: data.themes)
        let boundAgencies = agencies.bound(to: together[0].vocabulary)
        let boundThemes = themes.bound(to: together[0].vocabulary)
        var found = 0
        for (piece, tokens) in zip(document.text.pieces, together) {
            let alone = WordTokens(piece.text)
            #expect(boundAgencies.find(in: tokens).map { "\($0.agency) \($0.range)" }
                    == agencies.find(in: alone).map { "\($0.agency) \($0.range)" })
            let boundMatches = boundThemes.themes(in: [(piece, tokens)]).map { "\($0.theme) \($0.evidence.map(\.place.range))" }
            #expect(boundMatches == themes.themes(in: [(piece, alone)]).map { "\($0.theme) \($0.evidence.map(\.place.range))" })
            found += boundAgencies.find(in: tokens).count
        }
        #expect(found > 10)
    }

    @Test func parallelWorkKeepsTheOrderOfTheSequentialWork() {
        let numbers = Array(0..<1000)
        #expect(Parallel.map(numbers) { $0 * 3 } == numbers.map { $0 * 3 })
        #expect(Parallel.map([5]) { $0 + 1 } == [6])
        #expect(Parallel.map([Int]()) { $0 }.isEmpty)
        let (first, second) = Parallel.both({ "glossary" }, { numbers.reduce(0, +) })
        #expect(first == "glossary" && second == 499_500)
    }
}
