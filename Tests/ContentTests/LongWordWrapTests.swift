@testable import Content
import Testing

/// Issue 14: `show` on a 400 KB word took 43 s. The word is split in one pass: one piece per line, each
/// piece cut where the last ended. Asserted on the pieces made, with a time limit only as a guard.
@Suite(.timeLimit(.minutes(4))) struct LongWordWrapTests {
    @Test func aFourHundredKilobyteWordIsSplitOncePerLine() {
        let word = WordWrapTests.Word(String(repeating: "abcd中", count: 80_000))
        let lines = WordWrap.lines([WordWrapTests.Word("Before"), word], firstWidth: 60, restWidth: 80)
        // "Before" alone, then 480,000 columns in lines of 80 (a wide character never straddles two).
        #expect(lines.first?.map(\.word.text) == ["Before"])
        let pieces = lines.dropFirst().flatMap { $0 }
        #expect(pieces.count == 6_000)
        #expect(pieces.allSatisfy { $0.index == 1 && $0.word.width == 80 })
        // Each piece starts (in UTF-8) where the one before ended.
        #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $1.word.offset == $0.word.offset + $0.word.text.utf8.count })
        #expect(pieces.map(\.word.text).joined() == word.text)
    }
}
