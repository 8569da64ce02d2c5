/// Where every word of the folded, lower-cased text starts: a query word is a dictionary look-up,
/// a prefix a binary search in the sorted vocabulary, so a query costs about as much as its
/// matches, not the size of the document.
struct WordIndex: Sendable {
    /// A word as a slice of the folded bytes: no copy or String per occurrence while indexing.
    private struct Word: Hashable {
        let bytes: ArraySlice<UInt8>

        // Hashed as one run of bytes, not byte by byte as an ArraySlice hashes itself.
        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Each distinct word's number.
    private var numbers: [Word: Int32] = [:]
    /// The start offsets of word `n` are `starts[firsts[n]..<firsts[n + 1]]`, ascending: one array
    /// for all words rather than one per word.
    private var starts: [Int32] = []
    private var firsts: [Int] = []
    /// The vocabulary sorted by bytes, for prefix look-ups.
    private var vocabulary: [(word: ArraySlice<UInt8>, number: Int32)] = []

    init(lower bytes: [UInt8]) {
        // One pass: each occurrence's word number and offset.
        var occurrences: [(number: Int32, start: Int32)] = []
        var words: [ArraySlice<UInt8>] = []
        var index = 0
        while index < bytes.count {
            guard TextFolding.isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, TextFolding.isWordByte(bytes[index]) { index += 1 }
            let word = Word(bytes: bytes[start..<index])
            let number: Int32
            if let known = numbers[word] {
                number = known
            } else {
                number = Int32(words.count)
                numbers[word] = number
                words.append(word.bytes)
            }
            occurrences.append((number, Int32(start)))
        }
        // Then grouped by word, keeping document order within each word (a counting sort).
        firsts = [Int](repeating: 0, count: words.count + 1)
        for occurrence in occurrences { firsts[Int(occurrence.number) + 1] += 1 }
        for number in words.indices { firsts[number + 1] += firsts[number] }
        var next = firsts
        starts = [Int32](repeating: 0, count: occurrences.count)
        for occurrence in occurrences {
            starts[next[Int(occurrence.number)]] = occurrence.start
            next[Int(occurrence.number)] += 1
        }
        vocabulary = words.enumerated().map { ($1, Int32($0)) }.sorted { $0.word.lexicographicallyPrecedes($1.word) }
    }

    /// Start offsets of a whole word.
    func positions(of word: [UInt8]) -> [Int32] {
        numbers[Word(bytes: word[...])].map { Array(positions(ofNumber: $0)) } ?? []
    }

    private func positions(ofNumber number: Int32) -> ArraySlice<Int32> {
        starts[firsts[Int(number)]..<firsts[Int(number) + 1]]
    }

    /// The numbers of the words that start with `prefix`.
    private func numbers(withPrefix prefix: [UInt8]) -> [Int32] {
        var low = 0, high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid].word.lexicographicallyPrecedes(prefix) { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < vocabulary.count, vocabulary[end].word.starts(with: prefix) { end += 1 }
        return vocabulary[low..<end].map(\.number)
    }

    /// Start offsets of every word beginning with `prefix`, ascending.
    func positions(ofPrefix prefix: [UInt8]) -> [Int32] {
        let numbers = numbers(withPrefix: prefix)
        if numbers.count == 1 { return Array(positions(ofNumber: numbers[0])) }
        return numbers.flatMap { positions(ofNumber: $0) }.sorted()
    }

    /// How many places a word (or, for a prefix, its words) occurs: to pick the rarest anchor.
    func count(of word: [UInt8], isPrefix: Bool) -> Int {
        let numbers = isPrefix ? numbers(withPrefix: word) : self.numbers[Word(bytes: word[...])].map { [$0] } ?? []
        return numbers.reduce(0) { $0 + positions(ofNumber: $1).count }
    }
}
