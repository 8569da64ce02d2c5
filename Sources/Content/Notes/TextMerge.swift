/// Merges two edits of one text made from the same original, as when two casebook processes edit one
/// note: each side's change is the stretch of words between what it kept at the start and at the end.
/// Changes to different stretches are both applied; two insertions at the same place are kept one after
/// the other (`theirs` first, as it was saved first). Changes that overlap cannot be merged. Whole words
/// and runs of spacing are compared, never letters within a word: "w0x" changed to "w9x" on one side and
/// to "w10x" on the other is one word changed twice, which letters would have merged into "w19x".
package enum TextMerge {
    /// The merged text, or nil when the two changes overlap.
    package static func merge(base: String, ours: String, theirs: String) -> String? {
        let original = tokens(base)
        let mine = change(from: original, to: tokens(ours))
        let other = change(from: original, to: tokens(theirs))
        let first: Change, second: Change
        if mine.range.isEmpty && other.range.isEmpty && mine.range.lowerBound == other.range.lowerBound {
            (first, second) = (other, mine)
        } else if mine.range.upperBound <= other.range.lowerBound {
            (first, second) = (mine, other)
        } else if other.range.upperBound <= mine.range.lowerBound {
            (first, second) = (other, mine)
        } else {
            return nil
        }
        let merged = original[..<first.range.lowerBound] + first.replacement
            + original[first.range.upperBound..<second.range.lowerBound] + second.replacement
            + original[second.range.upperBound...]
        return merged.joined()
    }

    /// Runs of non-spacing and of spacing characters, which joined give the text back.
    private static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start = text.startIndex
        for index in text.indices where index > start && text[index].isWhitespace != text[text.index(before: index)].isWhitespace {
            tokens.append(text[start..<index])
            start = index
        }
        if start < text.endIndex { tokens.append(text[start...]) }
        return tokens
    }

    /// What replaced which stretch of the original.
    private struct Change {
        var range: Range<Int>
        var replacement: ArraySlice<Substring>
    }

    private static func change(from original: [Substring], to edited: [Substring]) -> Change {
        let shorter = min(original.count, edited.count)
        var prefix = 0
        while prefix < shorter && original[prefix] == edited[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < shorter - prefix && original[original.count - 1 - suffix] == edited[edited.count - 1 - suffix] {
            suffix += 1
        }
        return Change(range: prefix..<(original.count - suffix), replacement: edited[prefix..<(edited.count - suffix)])
    }
}
