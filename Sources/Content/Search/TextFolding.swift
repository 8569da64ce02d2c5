import Foundation

/// Folds text for matching: accents removed, curly quotes and apostrophes made straight, dashes
/// made hyphens, runs of white space made one space (so a phrase matches across a line or page
/// break). Produces UTF-8 bytes plus, for each byte, the offset of the character it came from,
/// so a match found in folded bytes can be highlighted in the original text.
struct FoldedText {
    var bytes: [UInt8] = []
    /// For each byte, the Character offset in the original text.
    var characterOffsets: [Int32] = []
}

enum TextFolding {
    /// Folds `text`; `lowercase` also lower-cases it (for queries without capitals: smart case).
    static func fold(_ text: String, lowercase: Bool, into folded: inout FoldedText) {
        var offset: Int32 = 0
        var lastWasSpace = false
        for character in text {
            defer { offset += 1 }
            if character.isWhitespace {
                if !lastWasSpace { folded.bytes.append(0x20); folded.characterOffsets.append(offset) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if let ascii = character.asciiValue {
                let byte = lowercase && ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii
                folded.bytes.append(byte)
                folded.characterOffsets.append(offset)
                continue
            }
            for byte in foldedBytes(of: character, lowercase: lowercase) {
                folded.bytes.append(byte)
                folded.characterOffsets.append(offset)
            }
        }
    }

    static func fold(_ text: String, lowercase: Bool) -> [UInt8] {
        var folded = FoldedText()
        fold(text, lowercase: lowercase, into: &folded)
        return folded.bytes
    }

    private static let punctuation: [Character: String] = [
        "‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "“": "\"", "”": "\"", "„": "\"", "″": "\"", "«": "\"", "»": "\"",
        "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
        "…": "...", "\u{00A0}": " ", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    ]

    /// Non-ASCII characters are rare in these documents; folding them through Foundation is fine.
    private static func foldedBytes(of character: Character, lowercase: Bool) -> [UInt8] {
        var text = punctuation[character] ?? String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if lowercase { text = text.lowercased() }
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
