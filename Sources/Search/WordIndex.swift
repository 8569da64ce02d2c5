import Foundation

/// Where every word of the folded, lower-cased text starts: a query word is a dictionary look-up,
/// a prefix a binary search in the sorted vocabulary, so a query costs about as much as its
/// matches, not the size of the document. It keeps its words' offsets and its vocabulary, not the
/// folded text: that is a byte per byte of the document, and a query folds again the few pieces it checks.
struct WordIndex: Sendable {
    /// Each distinct word's bytes, one after another.
    private var vocabulary: [UInt8] = []
    /// Each distinct word's start and length in `vocabulary`, by word number.
    private var wordStarts: [Int32] = []
    private var wordLengths: [Int32] = []
    /// Open addressing on a cheap hash of the word's bytes: word number + 1 in each used slot, 0 in
    /// a free one. Hashing every occurrence of a large document with `Hasher` (SipHash) was most
    /// of the index's cost; these are a document's words, not keys an attacker chooses to collide
    /// — and a collision costs time, never a wrong answer.
    private var slots: [Int32] = []
    /// The start offsets of word `n`, ascending, as gaps (the first from 0) in `gaps[firsts[n]..<firsts[n + 1]]`:
    /// one array for all words rather than one per word. A gap takes 7 bits a byte, the high bit set
    /// on all but its last: a frequent word's occurrences are tens of bytes apart, so most take one
    /// byte where an offset took four (5.3 MB of the 7.9 MB inquiry's index, now 2 MB or so). Each gap
    /// is doubled, its low bit set where that occurrence is written with a capital (or any other case
    /// than the folded one): a query with a capital folds again only the pieces where it may stand.
    private var gaps: [UInt8] = []
    private var firsts: [Int] = []
    /// How many times word `n` occurs.
    private var occurrences: [Int32] = []
    /// Word numbers sorted by their bytes, for prefix look-ups.
    private var sorted: [Int32] = []

    /// The words of one folded text, none of them written with a capital.
    init(lower bytes: [UInt8]) {
        self.init { visit in bytes.withUnsafeBufferPointer { visit($0, 0, $0) } }
    }

    /// The words of a folded text given a piece at a time: `forEachPiece` calls its argument with each
    /// piece's folded bytes lower-cased, where they start in the whole and the same bytes with their
    /// case as written, in order, each time it is called (twice).
    init(pieces forEachPiece: ((UnsafeBufferPointer<UInt8>, Int, UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        slots = [Int32](repeating: 0, count: 1 << 12)
        // Two passes over the words, so that no array holds an entry per occurrence besides the
        // gaps themselves: the first numbers each distinct word and counts its occurrences and the
        // bytes of their gaps…
        var occurrences: [Int32] = [], sizes: [Int] = [0], last: [Int32] = []
        forEachPiece { text, base, exact in
            Self.forEachWord(in: text) { start, end, hash in
                let number = Int(number(of: UnsafeBufferPointer(rebasing: text[start..<end]), hash: hash))
                if number == occurrences.count { occurrences.append(0); sizes.append(0); last.append(0) }
                occurrences[number] += 1
                sizes[number + 1] += Self.width(ofGap: Self.mark(Int32(base + start) - last[number], Self.isCapitalised(text, exact, start..<end)))
                last[number] = Int32(base + start)
            }
        }
        // …the second writes each gap in its word's run, in document order (a counting sort).
        firsts = sizes
        for number in wordStarts.indices { firsts[number + 1] += firsts[number] }
        var next = firsts
        last = last.map { _ in 0 }
        var gaps = [UInt8](repeating: 0, count: firsts.last ?? 0)
        // Written through plain pointers: a captured array checks it is not shared at each write.
        gaps.withUnsafeMutableBufferPointer { gaps in
            next.withUnsafeMutableBufferPointer { next in
                last.withUnsafeMutableBufferPointer { last in
                    forEachPiece { text, base, exact in
                        Self.forEachWord(in: text) { start, end, hash in
                            let number = Int(slots[slot(of: UnsafeBufferPointer(rebasing: text[start..<end]), hash: hash)] - 1)
                            var gap = UInt32(Self.mark(Int32(base + start) - last[number], Self.isCapitalised(text, exact, start..<end)))
                            while gap >= 0x80 {
                                gaps[next[number]] = UInt8(gap & 0x7F) | 0x80
                                next[number] += 1
                                gap >>= 7
                            }
                            gaps[next[number]] = UInt8(gap)
                            next[number] += 1
                            last[number] = Int32(base + start)
                        }
                    }
                }
            }
        }
        self.gaps = gaps
        self.occurrences = occurrences
        sorted = wordStarts.indices.map(Int32.init).sorted { word($0).lexicographicallyPrecedes(word($1)) }
    }

    /// Calls `body` with the start, end and hash of each run of word bytes, in order: hashed as they
    /// are found, not read again.
    private static func forEachWord(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Int) -> Void) {
        var index = 0
        while index < text.count {
            guard TextFolding.isWordByte(text[index]) else { index += 1; continue }
            let start = index
            var hash = hashStart
            while index < text.count, TextFolding.isWordByte(text[index]) {
                hash = hashing(hash, text[index])
                index += 1
            }
            body(start, index, finished(hash))
        }
    }

    private func word(_ number: Int32) -> ArraySlice<UInt8> {
        let start = Int(wordStarts[Int(number)])
        return vocabulary[start..<(start + Int(wordLengths[Int(number)]))]
    }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        finished(word.reduce(hashStart, hashing))
    }

    // FNV-1a, a byte at a time.
    private static let hashStart: UInt64 = 0xCBF2_9CE4_8422_2325
    private static func hashing(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    private static func finished(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }

    /// The slot holding `word`, or the free slot where it would go.
    private func slot(of word: UnsafeBufferPointer<UInt8>, hash: Int? = nil) -> Int {
        let mask = slots.count - 1
        var slot = (hash ?? Self.hash(word)) & mask
        vocabulary.withUnsafeBufferPointer { known in
            while slots[slot] != 0 {
                let number = Int(slots[slot] - 1)
                if Int(wordLengths[number]) == word.count,
                   memcmp(known.baseAddress! + Int(wordStarts[number]), word.baseAddress!, word.count) == 0 {
                    return
                }
                slot = (slot + 1) & mask
            }
        }
        return slot
    }

    /// The number of a word, numbering it if new.
    private mutating func number(of word: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32 {
        let slot = slot(of: word, hash: hash)
        if slots[slot] != 0 { return slots[slot] - 1 }
        let number = Int32(wordStarts.count)
        wordStarts.append(Int32(vocabulary.count))
        wordLengths.append(Int32(word.count))
        vocabulary.append(contentsOf: word)
        slots[slot] = number + 1
        // At most half full, so probes stay short.
        if wordStarts.count * 2 > slots.count { rehash() }
        return number
    }

    private mutating func rehash() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for number in wordStarts.indices {
            let start = Int(wordStarts[number])
            let free = vocabulary.withUnsafeBufferPointer { known in
                self.slot(of: UnsafeBufferPointer(rebasing: known[start..<(start + Int(wordLengths[number]))]))
            }
            slots[free] = Int32(number) + 1
        }
    }

    /// The number of a whole word, if the text has it.
    private func number(of word: [UInt8]) -> Int32? {
        word.withUnsafeBufferPointer { word in
            guard word.count > 0 else { return nil }
            let slot = slot(of: word)
            return slots[slot] == 0 ? nil : slots[slot] - 1
        }
    }

    /// Whether a word is written in another case than its lower-cased bytes.
    private static func isCapitalised(_ lower: UnsafeBufferPointer<UInt8>, _ exact: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        // A loop, not memcmp: words are a few bytes long.
        lower.baseAddress != exact.baseAddress && word.contains { lower[$0] != exact[$0] }
    }

    /// A gap doubled, its low bit whether the occurrence is written with a capital.
    private static func mark(_ gap: Int32, _ isCapitalised: Bool) -> Int32 { gap << 1 | (isCapitalised ? 1 : 0) }

    /// Start offsets of a whole word (only of those written with a capital, if `capitalised`).
    func positions(of word: [UInt8], capitalised: Bool = false) -> [Int32] {
        number(of: word).map { positions(ofNumber: $0, capitalised: capitalised) } ?? []
    }

    private func positions(ofNumber number: Int32, capitalised: Bool) -> [Int32] {
        var positions: [Int32] = []
        positions.reserveCapacity(capitalised ? 0 : Int(occurrences[Int(number)]))
        var position: UInt32 = 0, gap: UInt32 = 0, shift: UInt32 = 0
        for byte in gaps[firsts[Int(number)]..<firsts[Int(number) + 1]] {
            gap |= UInt32(byte & 0x7F) << shift
            if byte & 0x80 != 0 { shift += 7; continue }
            position += gap >> 1
            if !capitalised || gap & 1 != 0 { positions.append(Int32(position)) }
            (gap, shift) = (0, 0)
        }
        return positions
    }

    /// How many bytes a gap takes.
    private static func width(ofGap gap: Int32) -> Int {
        // 7 bits a byte, one byte for 0: (significant bits + 6) / 7.
        max(1, (38 - UInt32(gap).leadingZeroBitCount) / 7)
    }

    /// The numbers of the words that start with `prefix`.
    private func numbers(withPrefix prefix: [UInt8]) -> [Int32] {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if word(sorted[mid]).lexicographicallyPrecedes(prefix) { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < sorted.count, word(sorted[end]).starts(with: prefix) { end += 1 }
        return Array(sorted[low..<end])
    }

    /// Start offsets of every word beginning with `prefix`, ascending (only of those written with a
    /// capital, if `capitalised`).
    func positions(ofPrefix prefix: [UInt8], capitalised: Bool = false) -> [Int32] {
        let numbers = numbers(withPrefix: prefix)
        if numbers.count == 1 { return positions(ofNumber: numbers[0], capitalised: capitalised) }
        // Into one array and sorted in place: joined and then sorted, a frequent prefix's offsets were held three times.
        var positions: [Int32] = []
        positions.reserveCapacity(capitalised ? 0 : numbers.reduce(0) { $0 + Int(occurrences[Int($1)]) })
        for number in numbers { positions += self.positions(ofNumber: number, capitalised: capitalised) }
        positions.sort()
        return positions
    }

    /// How many places a word (or, for a prefix, its words) occurs: to pick the rarest anchor.
    func count(of word: [UInt8], isPrefix: Bool) -> Int {
        let numbers = isPrefix ? numbers(withPrefix: word) : number(of: word).map { [$0] } ?? []
        return numbers.reduce(0) { $0 + Int(occurrences[Int($1)]) }
    }
}
