/// Cuts text to a number of terminal columns, ending with "…" when something was cut.
public enum Truncation {
    /// Where the cut may fall.
    public enum Cut: Sendable {
        /// After any character, so a narrow row keeps as many letters as fit (the browser's rows).
        case anywhere
        /// At the last space when that keeps at least half the room, trailing spaces dropped
        /// (the command line's lists, where whole words read better).
        case preferringWordBoundary
    }

    /// `text`, when it fits in `columns`; otherwise as much of it as fits before a "…".
    public static func truncate(_ text: String, toWidth columns: Int, cut: Cut) -> String {
        guard columns > 0 else { return "" }
        guard DisplayWidth.of(text) > columns else { return text }
        var kept = ""
        var used = 0
        var endsAtWordBoundary = false
        for character in text {
            let width = DisplayWidth.of(character)
            if used + width > columns - 1 {
                endsAtWordBoundary = character == " "
                break
            }
            kept.append(character)
            used += width
        }
        if cut == .preferringWordBoundary {
            if !endsAtWordBoundary, let space = kept.lastIndex(of: " "), DisplayWidth.of(kept[..<space]) * 2 >= columns {
                kept = String(kept[..<space])
            }
            while kept.last == " " { kept.removeLast() }
        }
        return kept + "…"
    }
}
