import Foundation

/// Folded text for matching: accents removed, curly quotes and apostrophes made straight, dashes
/// made hyphens, runs of white space made one space (so a phrase matches across a line or page
/// break). Two byte arrays of equal length, one keeping case and one lower-cased, so a position
/// found in either means the same place; and for each byte, the offset of the Character of the
/// original text it came from, so a match can be highlighted where the reader shows it.
struct FoldedText {
    var exact: [UInt8] = []
    var lower: [UInt8] = []
    var characterOffsets: [Int32] = []

    mutating func append(exact: UInt8, lower: UInt8, offset: Int32) {
        self.exact.append(exact)
        self.lower.append(lower)
        characterOffsets.append(offset)
    }
}

enum TextFolding {
    static func fold(_ text: String, into folded: inout FoldedText) {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            foldASCII(utf8, into: &folded)
        } else {
            foldUnicode(text, into: &folded)
        }
    }

    /// Folds a query word or phrase the way the text was folded.
    static func fold(_ text: String, lowercase: Bool) -> [UInt8] {
        var folded = FoldedText()
        fold(text, into: &folded)
        return lowercase ? folded.lower : folded.exact
    }

    /// The common case: in ASCII text a byte is a Character.
    private static func foldASCII(_ utf8: String.UTF8View, into folded: inout FoldedText) {
        var offset: Int32 = 0
        var lastWasSpace = false
        for byte in utf8 {
            defer { offset += 1 }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if !lastWasSpace { folded.append(exact: 0x20, lower: 0x20, offset: offset) }
                lastWasSpace = true
            } else {
                lastWasSpace = false
                let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                folded.append(exact: byte, lower: lower, offset: offset)
            }
        }
    }

    private static func foldUnicode(_ text: String, into folded: inout FoldedText) {
        var offset: Int32 = 0
        var lastWasSpace = false
        for character in text {
            defer { offset += 1 }
            if character.isWhitespace {
                if !lastWasSpace { folded.append(exact: 0x20, lower: 0x20, offset: offset) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if let ascii = character.asciiValue {
                let lower = ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii
                folded.append(exact: ascii, lower: lower, offset: offset)
                continue
            }
            let exact = foldedCharacter(character)
            // Lower-case only where that keeps the byte length, so the two arrays stay aligned.
            let lowered = Array(String(decoding: exact, as: UTF8.self).lowercased().utf8)
            let lower = lowered.count == exact.count ? lowered : exact
            for (e, l) in zip(exact, lower) { folded.append(exact: e, lower: l, offset: offset) }
        }
    }

    private static let punctuation: [Character: String] = [
        "‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "“": "\"", "”": "\"", "„": "\"", "″": "\"", "«": "\"", "»": "\"",
        "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
        "…": "...", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    ]

    /// Non-ASCII characters are rare in these documents; folding them through Foundation is fine.
    private static func foldedCharacter(_ character: Character) -> [UInt8] {
        let text = punctuation[character]
            ?? String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return Array(text.utf8)
    }

    /// Whether a folded byte belongs to a word (letters, digits, and any non-ASCII byte).
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x80...0xFF: return true
        default: return false
        }
    }
}
