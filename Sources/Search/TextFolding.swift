import Foundation

/// Folded text for matching: accents removed, curly quotes and apostrophes made straight, dashes
/// made hyphens, runs of white space made one space (so a phrase matches across a line or page
/// break). The bytes are kept lower-cased, with where the text has a capital (so a query with a
/// capital can ask for it exactly), and where each folded byte came from in the original text, so a
/// match can be highlighted where the reader shows it.
struct FoldedText {
    private(set) var lower: [UInt8] = []
    /// A bit per byte: set where the text has the ASCII capital of the lower-case letter there.
    private var capitals: [UInt64] = []
    /// Where the text's byte is neither the lower-cased one nor its ASCII capital (a non-ASCII
    /// capital, rare): its byte as written.
    private var otherCase: [Int32: UInt8] = [:]
    /// Where folded bytes came from, kept only where that changes (a piece's start, a run of spaces
    /// made one, a character folded to another length): nearly every byte is copied one for one, so
    /// a byte per byte table would be the largest part of the index. Sorted by folded position; a
    /// source offset ≥ 0 starts a run (the bytes after it follow one for one), a negative one
    /// (−offset − 1) holds for that byte only (the later bytes of "ß" → "ss" all come from "ß").
    private var anchorPositions: [Int32] = []
    private var anchorSources: [Int32] = []

    var count: Int { lower.count }

    init() {}

    /// One piece's text folded, as `append` folds it.
    init(folding text: String) {
        append(text)
    }

    /// Empty, keeping its room: folding piece after piece into one value allocates once, not per piece.
    mutating func removeAll() {
        lower.removeAll(keepingCapacity: true)
        capitals.removeAll(keepingCapacity: true)
        otherCase.removeAll(keepingCapacity: true)
        anchorPositions.removeAll(keepingCapacity: true)
        anchorSources.removeAll(keepingCapacity: true)
    }

    /// The folded byte at `position` with its case as written.
    func exactByte(at position: Int) -> UInt8 {
        if capitals[position >> 6] & (1 << UInt64(position & 63)) != 0 { return lower[position] - 0x20 }
        return otherCase.isEmpty ? lower[position] : otherCase[Int32(position)] ?? lower[position]
    }

    /// Every folded byte with its case as written (for a query, not a document).
    var exact: [UInt8] { lower.indices.map(exactByte(at:)) }

    /// The UTF-8 offset in its piece's text of the character folded byte `position` came from.
    func sourceOffset(_ position: Int) -> Int {
        var low = 0, high = anchorPositions.count
        while low < high {
            let mid = (low + high) / 2
            if Int(anchorPositions[mid]) <= position { low = mid + 1 } else { high = mid }
        }
        let anchor = low - 1
        let source = Int(anchorSources[anchor])
        return source < 0 ? -source - 1 : source + position - Int(anchorPositions[anchor])
    }

    /// Whether folded byte `position` came from the same character as the byte before it.
    private func continuesCharacter(_ position: Int) -> Bool {
        sourceOffset(position) == sourceOffset(position - 1)
    }

    /// The UTF-8 range in the original text of the folded bytes `range` (the bytes after the
    /// range must exist: every folded text ends with a separator whose offset is its text's end).
    func sourceRange(of range: Range<Int>) -> Range<Int> {
        let start = sourceOffset(range.lowerBound)
        var next = range.upperBound
        // A character folded to several bytes ("ß" → "ss") ends where the next character starts.
        while next < count - 1, continuesCharacter(next) { next += 1 }
        return start..<max(start + 1, sourceOffset(next))
    }

    /// Appends a piece's text folded (see `TextFolding`), then a NUL separator, so no match runs
    /// from one piece into the next. A query folds again each piece it checks a match in, so folding is
    /// quick where it can be: plain ASCII without a run of white space folds byte for byte.
    mutating func append(_ text: String) {
        var text = text
        if !text.withUTF8({ appendPlainASCII($0) }) { appendFoldingEachCharacter(text) }
    }

    /// Appends `bytes` folded and a NUL if they are ASCII with no run of white space (each byte then
    /// folds to one byte in its place: lower-cased, white space a space); false, appending nothing, if not.
    mutating func appendPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Self.isPlainASCII(bytes) else { return false }
        let base = count
        anchorPositions.append(Int32(base))
        anchorSources.append(0)
        // Written in place after the bytes before, the NUL separator last.
        lower.append(contentsOf: repeatElement(0, count: bytes.count + 1))
        let words = (base + bytes.count + 1 + 63) / 64
        if capitals.count < words { capitals.append(contentsOf: repeatElement(0, count: words - capitals.count)) }
        lower.withUnsafeMutableBufferPointer { folded in
            capitals.withUnsafeMutableBufferPointer { capitals in
                for (offset, byte) in bytes.enumerated() {
                    let position = base + offset
                    if byte >= 0x41 && byte <= 0x5A {
                        folded[position] = byte | 0x20
                        capitals[position >> 6] |= 1 << UInt64(position & 63)
                    } else {
                        folded[position] = byte >= 0x09 && byte <= 0x0D ? 0x20 : byte
                    }
                }
            }
        }
        return true
    }

    /// Whether `bytes` are ASCII with no run of white space: folded, each byte stays in its place.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lastWasSpace = false
        for byte in bytes {
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if byte >= 0x80 || (isSpace && lastWasSpace) { return false }
            lastWasSpace = isSpace
        }
        return true
    }

    /// Appends a text folded and a NUL, whatever it holds. Read as UTF-8 bytes: ASCII (nearly all of
    /// these documents) is folded byte by byte in one tight loop; any other character is decoded and
    /// folded on its own.
    mutating func appendFoldingEachCharacter(_ text: String) {
        var text = text
        let base = count
        text.withUTF8 { bytes in
            // Folding rarely lengthens a text; the buffer grows should a character fold longer.
            var buffer = FoldBuffer(capacity: bytes.count + 1)
            defer { buffer.deallocate() }
            buffer.appendFolding(bytes) { position, source, only in
                anchorPositions.append(Int32(base + position))
                anchorSources.append(Int32(only ? -source - 1 : source))
            }
            buffer.append(0, 0)
            lower.append(contentsOf: buffer.lowerBytes)
            let words = (base + buffer.count + 63) / 64
            if capitals.count < words { capitals.append(contentsOf: repeatElement(0, count: words - capitals.count)) }
            for index in 0..<buffer.count where buffer.exact[index] != buffer.lower[index] {
                let (written, lowered, position) = (buffer.exact[index], buffer.lower[index], base + index)
                if lowered >= 0x61 && lowered <= 0x7A && written == lowered - 0x20 {
                    capitals[position >> 6] |= 1 << UInt64(position & 63)
                } else {
                    otherCase[Int32(position)] = written
                }
            }
        }
    }
}

/// The bytes of one piece as they are folded: plain memory, so the loop over every byte of a large
/// document does no array bookkeeping per byte. Emptied and used again, it folds piece after piece
/// without allocating (the index folds the whole text, twice).
struct FoldBuffer {
    private(set) var exact: UnsafeMutablePointer<UInt8>
    private(set) var lower: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        exact = .allocate(capacity: self.capacity)
        lower = .allocate(capacity: self.capacity)
    }

    /// The folded, lower-cased bytes.
    var lowerBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: lower, count: count) }
    /// The folded bytes with their case as written.
    var exactBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: exact, count: count) }

    /// Empty, keeping its room.
    mutating func removeAll() { count = 0 }

    /// Appends UTF-8 `bytes` folded (see `TextFolding`), no separator. `anchor(position, source, only)`
    /// is told where the source of the byte about to be written at `position` no longer follows one for
    /// one from the last anchor: `source` starts a run there, or, if `only`, holds for that byte alone.
    /// ASCII (nearly all of these documents) is folded byte by byte in one tight loop; any other
    /// character is decoded and folded on its own.
    mutating func appendFolding(_ bytes: UnsafeBufferPointer<UInt8>, anchor: (Int, Int, Bool) -> Void) {
        let size = bytes.count
        // Where the source offset of the next byte follows from the last anchor, one for one.
        var follows = true
        anchor(count, 0, false)
        var offset = 0
        var lastWasSpace = false
        while offset < size {
            let byte = bytes[offset]
            if byte > 0x20 && byte < 0x80 {
                // A run of ASCII other than white space and controls folds byte for byte: a tight loop
                // with no check per byte but the run's end (ASCII never folds longer).
                if !follows { anchor(count, offset, false); follows = true }
                lastWasSpace = false
                if capacity - count < size - offset { reserve(count + size - offset) }
                let (exact, lower) = (self.exact + count, self.lower + count)
                let run = offset
                while offset < size {
                    let byte = bytes[offset]
                    guard byte > 0x20 && byte < 0x80 else { break }
                    exact[offset - run] = byte
                    lower[offset - run] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    offset += 1
                }
                count += offset - run
                continue
            }
            if byte < 0x80 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if !lastWasSpace {
                        if !follows { anchor(count, offset, false); follows = true }
                        append(0x20, 0x20)
                    } else {
                        follows = false
                    }
                    lastWasSpace = true
                } else {
                    if !follows { anchor(count, offset, false); follows = true }
                    lastWasSpace = false
                    append(byte, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
                offset += 1
                continue
            }
            // A String's UTF-8 is valid: the lead byte gives the width, the continuation bytes follow.
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (0x7F >> width)
            for next in (offset + 1)..<(offset + width) { value = value << 6 | UInt32(bytes[next] & 0x3F) }
            let (folded, isSpace) = TextFolding.fold(Unicode.Scalar(value) ?? "\u{FFFD}")
            if !(isSpace && lastWasSpace) {
                for (index, pair) in folded.enumerated() {
                    anchor(count, offset, index > 0)
                    follows = index == 0
                    append(pair.exact, pair.lower)
                }
            }
            // The next character's bytes no longer follow one for one.
            follows = false
            lastWasSpace = isSpace
            offset += width
        }
        if !follows { anchor(count, size, false) }
    }

    mutating func append(_ byte: UInt8, _ lowered: UInt8) {
        if count == capacity { grow() }
        exact[count] = byte
        lower[count] = lowered
        count += 1
    }

    private mutating func grow() {
        reserve(capacity * 2)
    }

    /// Room for `total` bytes at least.
    private mutating func reserve(_ total: Int) {
        guard total > capacity else { return }
        capacity = max(total, capacity * 2)
        exact = Self.moved(exact, count: count, capacity: capacity)
        lower = Self.moved(lower, count: count, capacity: capacity)
    }

    private static func moved(_ bytes: UnsafeMutablePointer<UInt8>, count: Int, capacity: Int) -> UnsafeMutablePointer<UInt8> {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.moveInitialize(from: bytes, count: count)
        bytes.deallocate()
        return larger
    }

    func deallocate() {
        exact.deallocate()
        lower.deallocate()
    }
}

enum TextFolding {
    /// Folds one non-ASCII character: a space becomes " ", a combining accent nothing (it belongs to
    /// the letter before it, already folded), else its folded bytes, exact and lower-cased.
    static func fold(_ scalar: Unicode.Scalar) -> (bytes: [(exact: UInt8, lower: UInt8)], isSpace: Bool) {
        foldedPunctuation[scalar] ?? foldedAsAnyCharacter(scalar)
    }

    /// The curly quotes, dashes and ligatures of `punctuation` (nearly every non-ASCII character of
    /// these documents), folded once: a query folds again each piece it looks into.
    private static let foldedPunctuation = Dictionary(uniqueKeysWithValues: punctuation.keys.map { ($0, foldedAsAnyCharacter($0)) })

    private static func foldedAsAnyCharacter(_ scalar: Unicode.Scalar) -> (bytes: [(exact: UInt8, lower: UInt8)], isSpace: Bool) {
        // A control or format character (U+009B, U+202E, a soft hyphen) ends a word, as in the
        // library's index (unicode61 keeps only letters, digits and private-use characters in words).
        if scalar.properties.isWhitespace || isControlOrFormat(scalar) { return ([(0x20, 0x20)], true) }
        if scalar.properties.generalCategory == .nonspacingMark { return ([], false) }
        let exact = foldedScalar(scalar)
        // Lower-case only where that keeps the byte length, so the two arrays stay aligned.
        let lowered = Array(String(decoding: exact, as: UTF8.self).lowercased().utf8)
        let lower = lowered.count == exact.count ? lowered : exact
        return (Array(zip(exact, lower)), false)
    }

    private static func isControlOrFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format: return true
        default: return false
        }
    }

    /// Folds a query word or phrase the way the text was folded.
    static func fold(_ text: String, lowercase: Bool) -> [UInt8] {
        var folded = FoldedText()
        folded.append(text)
        return (lowercase ? folded.lower : folded.exact).dropLast()
    }

    private static let punctuation: [Unicode.Scalar: String] = [
        "‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "“": "\"", "”": "\"", "„": "\"", "″": "\"", "«": "\"", "»": "\"",
        "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
        "…": "...", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    ]

    /// Non-ASCII characters are rare in these documents; folding them through Foundation is fine.
    private static func foldedScalar(_ scalar: Unicode.Scalar) -> [UInt8] {
        let text = punctuation[scalar]
            ?? String(scalar).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return Array(text.utf8)
    }

    /// Whether a folded byte belongs to a word (letters, digits, and any non-ASCII byte).
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x80...0xFF: return true
        default: return false
        }
    }
}
