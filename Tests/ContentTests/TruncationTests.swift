import Testing
@testable import Content

/// One truncation rule, two places to cut: the command line prefers whole words, the browser's
/// narrow rows keep every letter that fits.
@Suite struct TruncationTests {
    @Test func textThatFitsIsLeftAlone() {
        for cut in [Truncation.Cut.anywhere, .preferringWordBoundary] {
            #expect(Truncation.truncate("short", toWidth: 10, cut: cut) == "short")
            #expect(Truncation.truncate("ab  cd", toWidth: 6, cut: cut) == "ab  cd")
            #expect(Truncation.truncate("anything", toWidth: 0, cut: cut) == "")
        }
    }

    @Test func preferringWordBoundaryEndsAtASpace() {
        #expect(Truncation.truncate("The PSCP should ensure that", toWidth: 12, cut: .preferringWordBoundary) == "The PSCP…")
        // A space far back would waste most of the room: cut inside the word instead.
        #expect(Truncation.truncate("A recommendation", toWidth: 10, cut: .preferringWordBoundary) == "A recomme…")
        // Trailing spaces before the ellipsis are dropped.
        #expect(Truncation.truncate("abc   defghij", toWidth: 6, cut: .preferringWordBoundary) == "abc…")
    }

    @Test func anywhereKeepsEveryLetterThatFits() {
        #expect(Truncation.truncate("The PSCP should ensure that", toWidth: 12, cut: .anywhere) == "The PSCP sh…")
        #expect(Truncation.truncate("abcdef", toWidth: 4, cut: .anywhere) == "abc…")
        #expect(Truncation.truncate("abc   defghij", toWidth: 6, cut: .anywhere) == "abc  …")
    }

    @Test func wideCharactersCountTwoColumns() {
        for cut in [Truncation.Cut.anywhere, .preferringWordBoundary] {
            #expect(Truncation.truncate("日本語", toWidth: 4, cut: cut) == "日…")
            #expect(DisplayWidth.of(Truncation.truncate("漢字漢字漢字", toWidth: 5, cut: cut)) <= 5)
        }
    }
}
