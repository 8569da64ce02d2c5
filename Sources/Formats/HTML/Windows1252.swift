/// The windows-1252 code page, which browsers also use for pages labelled ISO-8859-1 or US-ASCII:
/// Latin-1, except 0x80–0x9F, which hold curly quotes, dashes, the euro sign and the like.
enum Windows1252 {
    /// The character a byte stands for; the five undefined bytes stand for the C1 control of that number.
    static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        if (0x80...0x9F).contains(byte), let mapped = high[Int(byte) - 0x80] { return mapped }
        return Unicode.Scalar(byte)
    }

    static func decode(_ bytes: some Sequence<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(scalar(for: byte) ?? Unicode.Scalar(byte)) }
        return String(text)
    }

    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
