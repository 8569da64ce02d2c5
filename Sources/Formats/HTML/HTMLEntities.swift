/// Character references in text and attribute values: numeric (decimal and hex) and the named ones
/// partnership pages use. Not the whole WHATWG table (2,231 names): an unknown name is left as
/// written, which loses no word.
enum HTMLEntities {
    /// `text` with its character references replaced.
    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let (scalar, length) = reference(after) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(length)
            } else {
                result += "&"
                rest = after
            }
        }
        result += rest
        return result
    }

    /// The character a reference at the start of `text` (just after "&") stands for, and how many
    /// characters it takes (with its ";" when present).
    private static func reference(_ text: Substring) -> (Unicode.Scalar, Int)? {
        if text.first == "#" { return numeric(text.dropFirst()).map { ($0.0, $0.1 + 1) } }
        let name = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(32)
        guard !name.isEmpty else { return nil }
        let hasSemicolon = text.dropFirst(name.count).first == ";"
        // Without ";" only the legacy few are known (as browsers do), so "&copy2024" still reads.
        if let value = named[String(name)], hasSemicolon || legacy.contains(String(name)) {
            return (value, name.count + (hasSemicolon ? 1 : 0))
        }
        if let known = legacy.first(where: { name.hasPrefix($0) }), let value = named[known] { return (value, known.count) }
        return nil
    }

    private static func numeric(_ text: Substring) -> (Unicode.Scalar, Int)? {
        let hex = text.first == "x" || text.first == "X"
        let digits = text.dropFirst(hex ? 1 : 0).prefix { hex ? $0.isHexDigit : ($0.isASCII && $0.isNumber) }
        guard !digits.isEmpty else { return nil }
        var length = (hex ? 1 : 0) + digits.count
        if text.dropFirst(length).first == ";" { length += 1 }
        // Too long to be a character, out of range, a surrogate or NUL: the replacement character.
        guard digits.count <= 8, let value = UInt32(digits, radix: hex ? 16 : 10), value != 0,
              var scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", length) }
        // As browsers do: 0x80–0x9F name the windows-1252 characters.
        if (0x80...0x9F).contains(value), let mapped = Windows1252.scalar(for: UInt8(value)) { scalar = mapped }
        return (scalar, length)
    }

    private static let legacy: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
        "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{B7}", "pound": "\u{A3}", "euro": "\u{20AC}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "sect": "\u{A7}", "para": "\u{B6}",
        "deg": "\u{B0}", "plusmn": "\u{B1}", "times": "\u{D7}", "divide": "\u{F7}", "frac12": "\u{BD}",
        "frac14": "\u{BC}", "frac34": "\u{BE}", "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}",
        "rsaquo": "\u{203A}", "dagger": "\u{2020}", "Dagger": "\u{2021}", "prime": "\u{2032}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "shy": "\u{AD}", "iexcl": "\u{A1}", "iquest": "\u{BF}", "cent": "\u{A2}", "yen": "\u{A5}",
        "ordf": "\u{AA}", "ordm": "\u{BA}", "sup1": "\u{B9}", "sup2": "\u{B2}", "sup3": "\u{B3}",
        "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}", "darr": "\u{2193}", "check": "\u{2713}",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "auml": "ä", "Auml": "Ä",
        "atilde": "ã", "aring": "å", "aelig": "æ", "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É",
        "egrave": "è", "Egrave": "È", "ecirc": "ê", "euml": "ë", "iacute": "í", "igrave": "ì", "icirc": "î",
        "iuml": "ï", "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "ocirc": "ô",
        "ouml": "ö", "Ouml": "Ö", "otilde": "õ", "oslash": "ø", "uacute": "ú", "ugrave": "ù", "ucirc": "û",
        "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "yuml": "ÿ", "szlig": "ß", "wcirc": "ŵ", "ycirc": "ŷ",
        "Wcirc": "Ŵ", "Ycirc": "Ŷ",
    ]
}
