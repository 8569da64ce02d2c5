import Testing
@testable import Content

/// The one word-wrapping rule, on a word type of the test's own: what the CLI and the browser share.
@Suite struct WordWrapTests {
    struct Word: WrappableWord, Equatable {
        var text: String
        var width: Int
        var spaceBefore = true
        var offset = 0

        init(_ text: String, spaceBefore: Bool = true) {
            self.text = text
            width = DisplayWidth.of(text)
            self.spaceBefore = spaceBefore
        }

        func piece(text: String, width: Int, utf8Offset: Int) -> Word {
            var piece = Word(text)
            piece.offset = offset + utf8Offset
            return piece
        }
    }

    private func texts(_ lines: [[WordWrap.Placed<Word>]]) -> [String] {
        lines.map { $0.map { ($0.spaceBefore ? " " : "") + $0.word.text }.joined() }
    }

    @Test func wordsFillEachLineAfterOneSpace() {
        let lines = WordWrap.lines(["one", "two", "three", "four"].map { Word($0) }, firstWidth: 7, restWidth: 10)
        #expect(texts(lines) == ["one two", "three four"])
        #expect(lines.map { $0.map(\.index) } == [[0, 1], [2, 3]])
    }

    @Test func aWordWithNoSpaceBeforeStaysAgainstTheWordBefore() {
        let lines = WordWrap.lines([Word("1."), Word("alpha", spaceBefore: false), Word("beta")], firstWidth: 10, restWidth: 10)
        #expect(texts(lines) == ["1.alpha", "beta"])
    }

    @Test func aWordWiderThanALineIsCutIntoPiecesThatKnowWhereTheyStart() {
        let lines = WordWrap.lines([Word("ab"), Word("漢字かなまじり")], firstWidth: 6, restWidth: 5)
        #expect(texts(lines) == ["ab", "漢字", "かな", "まじ", "り"])
        // UTF-8 offsets: three bytes a character.
        #expect(lines.dropFirst().map { $0[0].word.offset } == [0, 6, 12, 18])
        #expect(lines.dropFirst().allSatisfy { $0[0].index == 1 && !$0[0].spaceBefore })
    }
}
