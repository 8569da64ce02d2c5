/// The FNV-1a hashes of a text's word pairs (or of its one word), exactly as hashing the Strings of
/// `TextFingerprint.words(of:)` would give them, without building a String per word and per pair:
/// a library import fingerprints every recommendation's text, and the String path was most of its time.
///
/// The text is cut into chunks at "safe" separators: an ASCII byte that is neither letter nor digit,
/// with ASCII bytes (or the text's ends) either side. Such a byte is a Character of its own (between two
/// ASCII scalars there is always a grapheme break, bar CR LF, which is a separator either way), and
/// lower-casing is per scalar, so the words of the text are the words of its chunks in order. A chunk
/// of ASCII bytes only is then one word, lower-cased byte by byte; any other chunk takes the Character
/// path (`words(of:)`), so combining marks, emoji sequences and non-ASCII letters split as they always have.
enum ShingleHashes {
    static func of(_ text: String) -> [UInt32] {
        var text = text
        let hashes: [UInt32]? = text.withUTF8 { bytes in
            // Lower-casing capital sigma (UTF-8 CE A3) may depend on its neighbours: the String path, whole.
            if bytes.indices.dropLast().contains(where: { bytes[$0] == 0xCE && bytes[$0 + 1] == 0xA3 }) { return nil }
            var words = WordBytes()
            var start = 0
            var ascii = true
            for index in 0...bytes.count {
                guard index == bytes.count || isSafeSeparator(at: index, in: bytes) else {
                    if bytes[index] >= 0x80 { ascii = false }
                    continue
                }
                if index > start {
                    let chunk = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    if ascii {
                        words.append(asciiLowercased: chunk)
                    } else {
                        for word in TextFingerprint.words(of: String(decoding: chunk, as: UTF8.self)) { words.append(word) }
                    }
                }
                start = index + 1
                ascii = true
            }
            return words.shingleHashes()
        }
        return hashes ?? stringPath(text)
    }

    /// The old way, word Strings and pair Strings: for texts the byte path must not guess about.
    static func stringPath(_ text: String) -> [UInt32] {
        let words = TextFingerprint.words(of: text)
        if words.count == 1 { return [StableHash.fnv1a32(words[0])] }
        return words.indices.dropLast().map { StableHash.fnv1a32(words[$0] + " " + words[$0 + 1]) }
    }

    private static func isSafeSeparator(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = bytes[index]
        guard byte < 0x80, !isASCIILetterOrDigit(byte) else { return false }
        return (index == 0 || bytes[index - 1] < 0x80) && (index + 1 == bytes.count || bytes[index + 1] < 0x80)
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}

/// Every word's lower-cased UTF-8 bytes in one buffer, with where each ends and its FNV-1a hash, so a
/// pair's hash continues from the first word's (FNV-1a is a running fold over the bytes of "w1 w2").
private struct WordBytes {
    private static let basis: UInt32 = 0x811C_9DC5
    private static let prime: UInt32 = 0x0100_0193

    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt32] = []

    mutating func append(asciiLowercased chunk: UnsafeBufferPointer<UInt8>) {
        var hash = Self.basis
        for byte in chunk {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            bytes.append(lower)
            hash = (hash ^ UInt32(lower)) &* Self.prime
        }
        finish(hash)
    }

    mutating func append(_ word: String) {
        var hash = Self.basis
        for byte in word.utf8 {
            bytes.append(byte)
            hash = (hash ^ UInt32(byte)) &* Self.prime
        }
        finish(hash)
    }

    private mutating func finish(_ hash: UInt32) {
        ends.append(bytes.count)
        hashes.append(hash)
    }

    func shingleHashes() -> [UInt32] {
        if hashes.count == 1 { return hashes }
        var pairs: [UInt32] = []
        pairs.reserveCapacity(max(0, hashes.count - 1))
        for second in hashes.indices.dropFirst() {
            var hash = (hashes[second - 1] ^ 0x20) &* Self.prime
            for byte in bytes[ends[second - 1]..<ends[second]] { hash = (hash ^ UInt32(byte)) &* Self.prime }
            pairs.append(hash)
        }
        return pairs
    }
}
