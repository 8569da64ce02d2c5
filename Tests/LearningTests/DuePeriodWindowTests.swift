@testable import Content
import Foundation
import Testing
@testable import Learning
import TestFixtures

/// The due-period patterns run only on a few words around their clues; too few words before or
/// after a clue would cut a match short or miss it. Every response sentence of every fixture, and
/// sentences that stretch each pattern to its longest, must find what the whole sentence finds.
@Suite struct DuePeriodWindowTests {
    static let longest = [
        "We will report by the end of Q3 of 2021 / 22 and again starting in quarter four of 2022/2023.",
        "It will be done by the end of the end of March 2022, or in the end of December 2023.",
        "The review will finish within the next twenty-four months, or over the next 18 weeks.",
        "Work will start by the end of the spring term of 2022 / 23 and from the autumn of 2024.",
        "The audit will report before the end of the financial year, or until the end of the 2022 / 23.",
        "It will run by the end of the financial year 2022 / 23, then during the 2024/25.",
        "The Panel will write by 2022, or from 2023, or before 2024, or until 2025.",
        "The FAQ3 will be published, the inMarch 2024 note will follow; nearby 2022 is nothing.",
        "See FAQ1s by Q3 of 2022 / 23, and the recommendations end by the end of the academic year.",
    ]

    @Test func windowsAroundCluesFindWhatTheWholeSentenceFinds() throws {
        var documents = try FixtureFile.all.map { try $0.parse() }
        documents.append(ChildJ.document)
        documents.append(LearningFixtures.document(response: Self.longest))
        var checked = 0
        for document in documents {
            let pieces = document.text.pieces.filter(\.isResponse).map {
                AgenciesInPiece(piece: $0, tokens: WordTokens($0.text), found: [])
            }
            for sentence in ResponseSentence.sentences(of: pieces) {
                let found = DuePeriodFinder.shared.duePeriod(in: sentence)
                let expected = Self.wholeSentenceDuePeriod(sentence)
                #expect(found?.evidence.place.range == expected?.range, "\(sentence.text)")
                #expect(found?.period == expected?.period, "\(sentence.text)")
                #expect(found?.relation == expected?.relation, "\(sentence.text)")
                if expected != nil { checked += 1 }
            }
        }
        #expect(checked >= Self.longest.count * 2)
    }

    /// Every pattern on the whole sentence: the first match, the earlier pattern on a tie.
    static func wholeSentenceDuePeriod(_ sentence: ResponseSentence) -> (range: Range<Int>, period: String, relation: String?)? {
        let text = sentence.text
        var best: (range: Range<Int>, period: String, relation: String?)?
        for pattern in DuePeriodFinder.patterns {
            guard let match = pattern.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range, in: text) else { continue }
            let start = sentence.range.lowerBound + text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            let end = sentence.range.lowerBound + text.utf8.distance(from: text.startIndex, to: range.upperBound)
            func group(_ name: String) -> String? { Range(match.range(withName: name), in: text).map { String(text[$0]) } }
            if best == nil || start < best!.range.lowerBound {
                best = (start..<end, group("period") ?? String(text[range]), group("relation")?.lowercased())
            }
        }
        return best
    }
}
