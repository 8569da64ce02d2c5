/// A piece of text as Unicode scalars, each with its UTF-8 offset: the text rules (words,
/// sentences) read characters one at a time and report UTF-8 ranges, which is how every place
/// in a document counts.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    /// The UTF-8 offset of each scalar, then the text's UTF-8 length (32 bits: a piece is far
    /// smaller than the 64 MB cap, and this table is kept for every piece of a document).
    let offsets: [Int32]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(Int32(offset))
            offset += UTF8.width(scalar)
        }
        offsets.append(Int32(offset))
        self.scalars = scalars
        self.offsets = offsets
    }

    var count: Int { scalars.count }
    subscript(index: Int) -> Unicode.Scalar { scalars[index] }

    /// The UTF-8 range of a range of scalars.
    func utf8Range(_ range: Range<Int>) -> Range<Int> { Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound]) }
}

/// What the text rules ask of a character. ASCII is answered by comparison, the rest by the
/// Unicode properties (looking those up for every letter of a long document would be slow).
extension Unicode.Scalar {
    var isLetter: Bool {
        if isASCII { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    var isDigit: Bool {
        if isASCII { return value >= 0x30 && value <= 0x39 }
        return properties.numericType != nil
    }

    var isCapital: Bool {
        if isASCII { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    var isSpace: Bool {
        if isASCII { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// An accent or other mark that belongs to the character before it.
    var isCombiningMark: Bool {
        guard !isASCII else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A straight or curly apostrophe.
    var isApostrophe: Bool { self == "'" || self == "\u{2019}" }
}
