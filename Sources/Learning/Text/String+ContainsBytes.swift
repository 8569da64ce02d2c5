extension String {
    /// Whether the text's UTF-8 bytes hold `other`'s: a fast filter before a word-by-word check,
    /// where `contains` compares Characters and cost a 2 MB document's pieces some 100 ms.
    func containsBytes(of other: String) -> Bool {
        var text = self, other = other
        return text.withUTF8 { haystack in
            other.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if (1..<needle.count).allSatisfy({ haystack[start + $0] == needle[$0] }) { return true }
                }
                return false
            }
        }
    }
}
