/// Small judgements about a piece of text that the parser's rules rest on.
enum TextShape {
    /// Whether text ends a sentence (or a clause that may end a paragraph): . ! ? : ; or …,
    /// possibly followed by closing quotes or brackets.
    static func endsSentence(_ text: some StringProtocol) -> Bool {
        let trimmed = text.reversed().drop { $0.isWhitespace || "\"'’”)]»".contains($0) }
        guard let last = trimmed.first else { return true }
        return ".!?:;…".contains(last)
    }

    /// Whether text ends in a colon: it introduces what follows (a list).
    static func endsWithColon(_ text: some StringProtocol) -> Bool {
        text.last { !$0.isWhitespace } == ":"
    }

    /// Whether text starts with a lower-case letter (a sentence carried over from the line before).
    static func startsLowercase(_ text: some StringProtocol) -> Bool {
        guard let first = text.first(where: { !$0.isWhitespace }) else { return false }
        return first.isLowercase
    }

    /// Text without leading and trailing spaces and tabs (pure Swift: Foundation's trimming
    /// bridges through NSString and dominated parse time on large documents).
    static func trimmed(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        // Sliced by scalar indices and copied whole: rebuilding it scalar by scalar dominated parsing.
        return String(text[first..<scalars.index(after: last)])
    }

    /// Whether a line holds nothing but spaces and tabs.
    static func isBlank(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(isBlank)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{3000}"
            || (scalar.value >= 0x2000 && scalar.value <= 0x200A) || scalar == "\u{FEFF}" || scalar == "\u{0B}"
    }

    /// Whether text contains one of some lower-case ASCII words, in any case, by bytes (lower-casing
    /// and Foundation's `contains` for every line were a quarter of parsing a large document).
    static func containsAnyCaseInsensitive(_ text: some StringProtocol, _ needles: [String]) -> Bool {
        needles.contains { needle in withBytes(text) { contains($0, Array(needle.utf8), foldingCase: true) } }
    }

    /// Whether text contains an ASCII string exactly, by bytes (the generic collection search was slower still).
    static func containsASCII(_ text: some StringProtocol, _ needle: String) -> Bool {
        withBytes(text) { contains($0, Array(needle.utf8), foldingCase: false) }
    }

    /// The text's UTF-8 bytes in place where it is stored contiguously (a native string or slice), copied otherwise.
    private static func withBytes<T>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8], foldingCase: Bool) -> Bool {
        guard let head = word.first, bytes.count >= word.count else { return false }
        // ORing 0x20 lower-cases an ASCII letter; the needles are lower-case.
        let fold: UInt8 = foldingCase ? 0x20 : 0
        for start in 0...(bytes.count - word.count) where bytes[start] | fold == head {
            if (1..<word.count).allSatisfy({ bytes[start + $0] | fold == word[$0] }) { return true }
        }
        return false
    }

    /// Whether text has an ASCII digit.
    static func hasDigit(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    static func wordCount(_ text: some StringProtocol) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
