/// Where every word of the folded, lower-cased text starts: a query word is a dictionary look-up,
/// a prefix a binary search in the sorted vocabulary, so a query costs about as much as its
/// matches, not the size of the document.
struct WordIndex: Sendable {
    private var postings: [String: [Int32]] = [:]
    /// The vocabulary, sorted by bytes, for prefix look-ups.
    private var vocabulary: [[UInt8]] = []
    private var vocabularyWords: [String] = []

    init(lower bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                guard TextFolding.isWordByte(buffer[index]) else { index += 1; continue }
                let start = index
                while index < count, TextFolding.isWordByte(buffer[index]) { index += 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
                postings[word, default: []].append(Int32(start))
            }
        }
        let sorted = postings.keys.map { ($0, Array($0.utf8)) }.sorted { $0.1.lexicographicallyPrecedes($1.1) }
        vocabularyWords = sorted.map(\.0)
        vocabulary = sorted.map(\.1)
    }

    /// Start offsets of a whole word.
    func positions(of word: [UInt8]) -> [Int32] {
        postings[String(decoding: word, as: UTF8.self)] ?? []
    }

    /// The words that start with `prefix`.
    func words(withPrefix prefix: [UInt8]) -> ArraySlice<String> {
        var low = 0, high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid].lexicographicallyPrecedes(prefix) { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < vocabulary.count, vocabulary[end].starts(with: prefix) { end += 1 }
        return vocabularyWords[low..<end]
    }

    /// Start offsets of every word beginning with `prefix`, ascending.
    func positions(ofPrefix prefix: [UInt8]) -> [Int32] {
        let words = words(withPrefix: prefix)
        if words.count == 1 { return postings[words.first!] ?? [] }
        return words.flatMap { postings[$0] ?? [] }.sorted()
    }

    /// How many places a word (or, for a prefix, its words) occurs: to pick the rarest anchor.
    func count(of word: [UInt8], isPrefix: Bool) -> Int {
        isPrefix ? words(withPrefix: word).reduce(0) { $0 + (postings[$1]?.count ?? 0) } : positions(of: word).count
    }
}
