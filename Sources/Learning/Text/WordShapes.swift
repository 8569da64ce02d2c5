/// The first byte and length of each word of a set, so most words can be ruled out without hashing
/// them: "could this ASCII word be in the set?" Answers "maybe" for everything when some word of
/// the set is not ASCII (a non-ASCII word may equal an ASCII one, as "\u{212A}" equals "K").
struct WordShapes: Sendable {
    /// For each ASCII first byte, a bit per length (31 for 31 or more).
    private var lengthsByFirstByte = [UInt32](repeating: 0, count: 128)
    private var isExact = true

    init<Words: Sequence<String>>(_ words: Words) {
        for word in words {
            guard let first = word.utf8.first, word.utf8.allSatisfy({ $0 < 0x80 }) else { isExact = false; continue }
            lengthsByFirstByte[Int(first)] |= Self.bit(word.utf8.count)
        }
    }

    /// False only when the ASCII word whose first byte and byte count these are is surely not in the set.
    func mayContain(firstByte: UInt8, length: Int) -> Bool {
        !isExact || length < 1 || firstByte >= 0x80 || lengthsByFirstByte[Int(firstByte)] & Self.bit(length) != 0
    }

    func mayContain(asciiWord word: String) -> Bool {
        mayContain(firstByte: word.utf8.first ?? 0, length: word.utf8.count)
    }

    private static func bit(_ length: Int) -> UInt32 { 1 << UInt32(min(length, 31)) }
}
