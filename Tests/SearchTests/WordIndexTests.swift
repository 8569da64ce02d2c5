import Testing
@testable import Search

/// The word index keeps each word's offsets as gaps of one to five bytes: what it answers must be
/// every offset a plain scan of the bytes finds, however far apart the occurrences are.
@Suite struct WordIndexTests {
    /// Every start of `word` on word boundaries, found by scanning.
    static func scanned(_ word: String, in text: [UInt8], prefix: Bool = false) -> [Int32] {
        let needle = Array(word.utf8)
        return text.indices.filter { start in
            let end = start + needle.count
            guard end <= text.count, Array(text[start..<end]) == needle else { return false }
            let startsWord = start == 0 || !TextFolding.isWordByte(text[start - 1])
            let endsWord = prefix || end == text.count || !TextFolding.isWordByte(text[end])
            return startsWord && endsWord
        }.map(Int32.init)
    }

    @Test func offsetsAreExactAcrossGapsOfEveryWidth() {
        // Gaps of 0, under 128, under 16,384 and over it (one, two and three bytes each).
        let filler = { (count: Int) in String(repeating: "x ", count: count) }
        let text = Array(("lead " + "lead " + filler(40) + "lead leader " + filler(3_000) + "lead " + filler(20_000) + "leads lead\u{0}").utf8)
        let index = WordIndex(lower: text)
        #expect(index.positions(of: Array("lead".utf8)) == Self.scanned("lead", in: text))
        #expect(index.positions(of: Array("lead".utf8)).count == 5)
        #expect(index.positions(ofPrefix: Array("lead".utf8)) == Self.scanned("lead", in: text, prefix: true))
        #expect(index.count(of: Array("lead".utf8), isPrefix: true) == 7)
        #expect(index.positions(of: Array("x".utf8)) == Self.scanned("x", in: text))
        #expect(index.positions(of: Array("absent".utf8)).isEmpty)
    }

    /// A query with a capital asks only for the occurrences written with one.
    @Test func capitalisedOccurrencesAreMarked() {
        let folded = FoldedText(folding: "Lead lead LEAD leader Leader léad Léad")
        let (lower, exact) = (folded.lower, folded.exact)
        let index = WordIndex { visit in
            lower.withUnsafeBufferPointer { lower in exact.withUnsafeBufferPointer { visit(lower, 0, $0) } }
        }
        #expect(index.positions(of: Array("lead".utf8)) == [0, 5, 10, 29, 34])
        #expect(index.positions(of: Array("lead".utf8), capitalised: true) == [0, 10, 34])
        #expect(index.positions(ofPrefix: Array("lead".utf8), capitalised: true) == [0, 10, 22, 34])
        #expect(index.positions(ofPrefix: Array("lea".utf8)).count == 7)
    }
}
