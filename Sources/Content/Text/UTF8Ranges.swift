/// Places keep UTF-8 offsets (O(1) to reach in a native String); output that counts Characters
/// (the command line's context, its JSON) converts at the edge.
extension String {
    /// The String index at a UTF-8 offset, clamped to the text.
    public func index(utf8Offset offset: Int) -> String.Index {
        utf8.index(startIndex, offsetBy: max(0, min(offset, utf8.count)))
    }
}

/// Character offsets of UTF-8 offsets in one text, counted on from the last one asked for: offsets asked
/// in increasing order cost the text once in all, not once each.
public struct CharacterCounter {
    private let text: String
    private var index: String.Index
    private var count = 0

    public init(_ text: String) {
        self.text = text
        index = text.startIndex
    }

    public mutating func offset(ofUTF8 offset: Int) -> Int {
        let target = text.index(utf8Offset: offset)
        if target < index {
            index = text.startIndex
            count = 0
        }
        count += text[index..<target].count
        index = target
        return count
    }
}
