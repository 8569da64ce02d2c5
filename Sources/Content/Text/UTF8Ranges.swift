/// Places keep UTF-8 offsets (O(1) to reach in a native String); output that counts Characters
/// (the command line's context, its JSON) converts at the edge.
extension String {
    /// The String index at a UTF-8 offset, clamped to the text.
    public func index(utf8Offset offset: Int) -> String.Index {
        utf8.index(startIndex, offsetBy: max(0, min(offset, utf8.count)))
    }

    /// The Character offsets of a UTF-8 range.
    public func characterRange(ofUTF8 range: Range<Int>) -> Range<Int> {
        let lower = self[..<index(utf8Offset: range.lowerBound)].count
        let upper = self[..<index(utf8Offset: range.upperBound)].count
        return lower..<max(lower, upper)
    }
}
