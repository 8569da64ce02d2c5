@testable import Content
import Testing
@testable import Learning

/// Learning on odd text: never a crash, and every piece of evidence still quotes its source exactly.
@Suite struct LearningRobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let fragments = [
        "The PSCP should", "will be", "(", ")", "CCE", "ACEs", "e.g.", "Child J.", "1.5", "Q3 of 2021/22", "by March 2022",
        "the Partnership's", "Barnardos'", "’", "'", "-", "/", ".", ",", ";", ":", "?", "!", "\n", "  ", "é", "👩‍👧", "日本",
        "Ministry of Justice (MoJ)", "has been", "is being", "underway", "should", "and", "of", "J. K.", "(A)", "()", "(ABCDEFGHIJK)",
        "police", "schools", "exclu", "missing", "will", "There is", "in place", "\u{0}", "\t", "*", "A", "s",
    ]

    func randomText(_ generator: inout Generator) -> String {
        (0..<generator.next(40)).map { _ in Self.fragments[generator.next(Self.fragments.count)] }.joined(separator: generator.next(3) == 0 ? "" : " ")
    }

    @Test func randomTextNeverBreaksTheLearningIndex() throws {
        var generator = Generator(state: 20_211_022)
        for _ in 0..<150 {
            var document = LearningFixtures.document(response: (0..<generator.next(4)).map { _ in randomText(&generator) })
            document.titleLines = [randomText(&generator), randomText(&generator)]
            document.introduction = [.paragraph(randomText(&generator), lines: SourceSpan(line: 1))]
            document.sections[0].recommendations[0].text = [.paragraph(randomText(&generator), lines: SourceSpan(line: 2))]
            let index = LearningIndex(document: document)
            var evidence = index.glossary.entries.flatMap(\.occurrences)
            for learning in index.recommendations {
                evidence += (learning.agencies.addressedTo + learning.agencies.namedInRecommendation + learning.agencies.namedInResponse).flatMap(\.evidence)
                evidence += learning.themes.flatMap(\.evidence) + learning.commitments.flatMap { [$0.sentence, $0.marker] }
                evidence += learning.status.map { [$0.sentence] } ?? []
            }
            for item in evidence {
                let piece = try #require(LearningFixtures.pieceText(item, in: document))
                #expect(String(Array(piece)[item.range]) == item.text)
            }
            for sentence in SentenceSplitter.sentences(in: document.introduction[0].text) {
                #expect(sentence.lowerBound >= 0 && sentence.upperBound <= document.introduction[0].text.count)
            }
            _ = index.glossary.acronymTokens(in: randomText(&generator))
        }
    }
}
