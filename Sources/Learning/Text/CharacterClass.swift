/// Character tests with an ASCII fast path. `Character.isLetter` and friends look up Unicode
/// properties on every call, which dominated building the learning index; almost every character
/// of a document is ASCII, and for those the answer is a comparison. Non-ASCII characters take the
/// standard library's answer, so results are unchanged (the tests check every ASCII character).
enum CharacterClass {
    /// The character's byte when it is a single ASCII scalar. ("\r\n" reports "\n", which every
    /// test below treats as `Character("\r\n")` is treated: whitespace, nothing else.)
    @inline(__always)
    static func ascii(_ character: Character) -> UInt8? { character.asciiValue }

    @inline(__always)
    static func isLetter(_ character: Character) -> Bool {
        if let byte = ascii(character) { return isASCIILetter(byte) }
        return character.isLetter
    }

    @inline(__always)
    static func isUppercase(_ character: Character) -> Bool {
        if let byte = ascii(character) { return byte >= 0x41 && byte <= 0x5A }
        return character.isUppercase
    }

    @inline(__always)
    static func isNumber(_ character: Character) -> Bool {
        if let byte = ascii(character) { return byte >= 0x30 && byte <= 0x39 }
        return character.isNumber
    }

    @inline(__always)
    static func isWhitespace(_ character: Character) -> Bool {
        if let byte = ascii(character) { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        return character.isWhitespace
    }

    /// Letters and digits: what words are made of.
    @inline(__always)
    static func isWordCharacter(_ character: Character) -> Bool {
        if let byte = ascii(character) { return isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) }
        return character.isLetter || character.isNumber
    }

    /// A straight or curly apostrophe.
    @inline(__always)
    static func isApostrophe(_ character: Character) -> Bool {
        if let byte = ascii(character) { return byte == 0x27 }
        return character == "\u{2019}"
    }

    /// Whether the character is exactly this ASCII character (as `==` would say).
    @inline(__always)
    static func `is`(_ character: Character, _ byte: UInt8) -> Bool {
        character.asciiValue == byte && character != "\r\n"
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
