/// Reading `tmux capture-pane -e` output: text interleaved with SGR escape sequences (`ESC [ … m`).
enum ScreenCapture {
    /// One run of text and the SGR parameters in force before it.
    struct Span {
        var text: String
        var reverse: Bool
    }

    /// The line's text without escape sequences.
    static func plainText(_ line: String) -> String {
        spans(line).map(\.text).joined()
    }

    /// Columns drawn in reverse video on `line` (where the status line's bar is).
    static func reverseWidth(_ line: Substring) -> Int {
        spans(String(line)).filter(\.reverse).reduce(0) { $0 + columns($1.text) }
    }

    /// Every SGR parameter list in `capture` that sets a colour (foreground, background, 256 or true
    /// colour); the resets to the default colours (39, 49) do not count.
    static func colourSequences(_ capture: String) -> [String] {
        sequences(capture).filter { parameters in
            let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            return numbers.contains { (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0)
                || (100...107).contains($0) }
        }
    }

    /// The parameter lists of all SGR sequences in `text`.
    static func sequences(_ text: String) -> [String] {
        var result: [String] = []
        var scalars = text.unicodeScalars[...]
        while let escape = scalars.firstIndex(of: "\u{1B}") {
            scalars = scalars[scalars.index(after: escape)...]
            guard scalars.first == "[" else { continue }
            scalars = scalars.dropFirst()
            guard let end = scalars.firstIndex(where: { !isParameter($0) }) else { break }
            if scalars[end] == "m" { result.append(String(String.UnicodeScalarView(scalars[..<end]))) }
            scalars = scalars[scalars.index(after: end)...]
        }
        return result
    }

    /// Digits and separators: what an SGR sequence holds before its final letter.
    private static func isParameter(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || scalar == ";" || scalar == ":" || scalar == "?"
    }

    private static func spans(_ line: String) -> [Span] {
        var result: [Span] = []
        var reverse = false
        var text = ""
        var scalars = line.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard scalar == "\u{1B}", scalars.first == "[" else {
                text.unicodeScalars.append(scalar)
                continue
            }
            scalars = scalars.dropFirst()
            guard let end = scalars.firstIndex(where: { !isParameter($0) }) else { break }
            let parameters = String(String.UnicodeScalarView(scalars[..<end]))
            let isSGR = scalars[end] == "m"
            scalars = scalars[scalars.index(after: end)...]
            guard isSGR else { continue }
            if !text.isEmpty { result.append(Span(text: text, reverse: reverse)) }
            text = ""
            for parameter in parameters.split(separator: ";", omittingEmptySubsequences: false) {
                switch Int(parameter) ?? 0 {
                case 0: reverse = false
                case 7: reverse = true
                case 27: reverse = false
                default: break
                }
            }
        }
        if !text.isEmpty { result.append(Span(text: text, reverse: reverse)) }
        return result
    }

    /// Terminal columns of `text`: two for East Asian wide characters and emoji, one otherwise (enough
    /// for the status line, which is what the tests measure).
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || value == 0x200D || (0xFE00...0xFE0F).contains(value) {
                return total
            }
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
