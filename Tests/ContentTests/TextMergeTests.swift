@testable import Content
import Testing

/// Merging two processes' edits of one note: changes to different stretches are both kept; changes to
/// the same words are not merged (the store then keeps both versions).
@Suite struct TextMergeTests {
    @Test func editsToDifferentStretchesAreBothApplied() {
        #expect(TextMerge.merge(base: "one", ours: "one three", theirs: "one two") == "one two three")
        #expect(TextMerge.merge(base: "a b c", ours: "A b c", theirs: "a b C") == "A b C")
        #expect(TextMerge.merge(base: "a b c", ours: "a b c", theirs: "a b c d") == "a b c d")
        #expect(TextMerge.merge(base: "", ours: "mine", theirs: "theirs") == "theirsmine")
        #expect(TextMerge.merge(base: "first\nsecond", ours: "first!\nsecond", theirs: "first\nsecond\nthird")
                == "first!\nsecond\nthird")
    }

    @Test func editsToTheSameWordsAreNotMerged() {
        #expect(TextMerge.merge(base: "The first words", ours: "Different words", theirs: "Quite other words") == nil)
        #expect(TextMerge.merge(base: "a b c", ours: "a X c", theirs: "a Y c") == nil)
        // One word changed on both sides is not merged letter by letter ("w19x", "nursle").
        #expect(TextMerge.merge(base: "w0x", ours: "w10x", theirs: "w9x") == nil)
        #expect(TextMerge.merge(base: "Ask the nurse", ours: "Ask the nursery", theirs: "Ask the nurses") == nil)
    }

    @Test func wordsAddedAtEitherEndOfOneWordAreBothKept() {
        #expect(TextMerge.merge(base: "Ask the nurse", ours: "Ask the school nurse", theirs: "Ask the nurse today") == "Ask the school nurse today")
        #expect(TextMerge.merge(base: "one two", ours: "one  two", theirs: "one two three") == "one  two three")
    }
}
