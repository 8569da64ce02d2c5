/// Makes document text safe to write to a terminal: control characters and escape sequences
/// are shown visibly (`^[`, `^G`, `<U+009B>`) instead of being obeyed. Tabs become spaces.
public enum TerminalSafe {
    /// The visible form of one character, or nil when it is safe as it is.
    public static func visibleForm(of scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09: return " "
        case 0x00..<0x20: return "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        case 0x7F: return "^?"
        case 0x80..<0xA0: return "<U+00" + String(scalar.value, radix: 16, uppercase: true) + ">"
        // Bidirectional overrides can make text display in a misleading order.
        case 0x202A...0x202E, 0x2066...0x2069: return "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
        default: return nil
        }
    }

    /// Whether `visibleForm` changes a scalar: a test cheap enough for every scalar of a large document.
    public static func isShownVisibly(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` with every control character made visible; newlines are kept only when `keepNewlines`.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepNewlines: keepNewlines) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepNewlines && scalar == "\n" { out.append(scalar); continue }
            if let visible = visibleForm(of: scalar) { out.append(contentsOf: visible.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// Document text made safe and single-line: runs of whitespace (newlines, tabs) become one space,
    /// control characters become visible (`^[`).
    public static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).map { sanitize(String($0)) }.joined(separator: " ")
    }

    /// Text made safe for one line without touching its spacing: newlines and tabs become spaces.
    public static func oneLine(_ text: String) -> String {
        sanitize(String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
    }

    /// Trims whitespace and the given punctuation from both ends.
    public static func trim(_ text: String, also extra: Set<Character> = []) -> String {
        let drop: (Character) -> Bool = { $0.isWhitespace || extra.contains($0) }
        var slice = Substring(text)
        while let first = slice.first, drop(first) { slice = slice.dropFirst() }
        while let last = slice.last, drop(last) { slice = slice.dropLast() }
        return String(slice)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        if keepNewlines && scalar == "\n" { return false }
        return isShownVisibly(scalar)
    }
}
