@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

@Suite struct TextWrapperTests {
    private func texts(_ lines: [ReaderLine]) -> [String] { lines.map(\.plainText) }

    @Test func wrapsAtWordBoundaries() {
        let lines = TextWrapper.wrap([StyledRun("one two three four five")], width: 9, piece: 0)
        #expect(texts(lines) == ["one two", "three", "four five"])
    }

    @Test func hangingIndentForMarkers() {
        let lines = TextWrapper.wrap([StyledRun("1.", .marker), StyledRun(" alpha beta gamma delta")], width: 14,
                                     firstIndent: 0, restIndent: 3, piece: 0)
        #expect(texts(lines) == ["1. alpha beta", "   gamma delta"])
        #expect(lines[0].runs.first == StyledRun("1.", .marker))
    }

    @Test func breaksWordsLongerThanTheLine() {
        let lines = TextWrapper.wrap([StyledRun("abcdefghij xy")], width: 4, piece: 0)
        #expect(texts(lines) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test func wideCharactersCountTwoColumns() {
        let lines = TextWrapper.wrap([StyledRun("日本語の文章")], width: 5, piece: 0)
        #expect(texts(lines) == ["日本", "語の", "文章"])
        for line in lines { #expect(DisplayWidth.of(line.plainText) <= 5) }
    }

    @Test func controlCharactersAreShownNotObeyed() {
        let lines = TextWrapper.wrap([StyledRun("red \u{1B}[31m alert\u{07}")], width: 40, piece: 0)
        #expect(texts(lines) == ["red ^[[31m alert^G"])
    }

    @Test func anchorsNameTheFirstWordOfEachLine() {
        let lines = TextWrapper.wrap([StyledRun("one two three four five")], width: 9, piece: 4)
        #expect(lines.map(\.anchor) == [ReaderAnchor(piece: 4, word: 0), ReaderAnchor(piece: 4, word: 2),
                                        ReaderAnchor(piece: 4, word: 3)])
    }

    @Test func truncationEndsWithAnEllipsisAndKeepsSpacing() {
        #expect(Truncate.toWidth("abcdef", 4) == "abc…")
        #expect(Truncate.toWidth("ab  cd", 6) == "ab  cd")
        #expect(Truncate.toWidth("日本語", 4) == "日…")
        #expect(Truncate.toWidth("anything", 0) == "")
    }
}
