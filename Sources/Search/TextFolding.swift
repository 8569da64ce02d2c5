import Foundation

/// Folded text for matching: accents removed, curly quotes and apostrophes made straight, dashes
/// made hyphens, runs of white space made one space (so a phrase matches across a line or page
/// break). Two byte arrays of equal length, one keeping case and one lower-cased, so a position
/// found in either means the same place; and for each byte, the UTF-8 offset in the original
/// text of the character it came from, so a match can be highlighted where the reader shows it.
struct FoldedText {
    var exact: [UInt8] = []
    var lower: [UInt8] = []
    var sourceOffsets: [Int32] = []

    /// Room for `count` folded bytes: folding a large document grows the arrays once, not by doubling.
    mutating func reserveCapacity(_ count: Int) {
        exact.reserveCapacity(count)
        lower.reserveCapacity(count)
        sourceOffsets.reserveCapacity(count)
    }

    mutating func append(exact: UInt8, lower: UInt8, offset: Int) {
        self.exact.append(exact)
        self.lower.append(lower)
        sourceOffsets.append(Int32(offset))
    }

    /// The UTF-8 range in the original text of the folded bytes `range` (the bytes after the
    /// range must exist: every folded text ends with a separator whose offset is its text's end).
    func sourceRange(of range: Range<Int>) -> Range<Int> {
        let start = Int(sourceOffsets[range.lowerBound])
        let last = sourceOffsets[range.upperBound - 1]
        var next = range.upperBound
        // A character folded to several bytes ("ß" → "ss") ends where the next character starts.
        while next < sourceOffsets.count - 1, sourceOffsets[next] == last { next += 1 }
        return start..<max(start + 1, Int(sourceOffsets[next]))
    }
}

enum TextFolding {
    /// Appends the folded text, then a NUL separator (so no match runs from one piece into the next).
    static func fold(_ text: String, into folded: inout FoldedText) {
        var offset = 0
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            defer { offset += UTF8.width(scalar) }
            if scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace {
                if !lastWasSpace { folded.append(exact: 0x20, lower: 0x20, offset: offset) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                folded.append(exact: byte, lower: lower, offset: offset)
                continue
            }
            // A combining accent belongs to the letter before it, which is already folded.
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let exact = foldedScalar(scalar)
            // Lower-case only where that keeps the byte length, so the two arrays stay aligned.
            let lowered = Array(String(decoding: exact, as: UTF8.self).lowercased().utf8)
            let lower = lowered.count == exact.count ? lowered : exact
            for (e, l) in zip(exact, lower) { folded.append(exact: e, lower: l, offset: offset) }
        }
        folded.append(exact: 0, lower: 0, offset: offset)
    }

    /// Folds a query word or phrase the way the text was folded.
    static func fold(_ text: String, lowercase: Bool) -> [UInt8] {
        var folded = FoldedText()
        fold(text, into: &folded)
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
