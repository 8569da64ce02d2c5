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

    /// `text`, when it fits in `columns`; otherwise its start and its end with "…" between, for a
    /// message whose end says why ("…/notes.jsonl: Permission denied"), which a cut at the end would
    /// lose. The end kept runs from the last ": " when that takes at most two thirds of the room, else
    /// it is the last half of the room.
    public static func truncateKeepingEnd(_ text: String, toWidth columns: Int) -> String {
        guard columns > 0 else { return "" }
        guard DisplayWidth.of(text) > columns else { return text }
        let half = columns / 2
        var tailStart = text.endIndex
        if let colon = text.range(of: ": ", options: .backwards),
           DisplayWidth.of(String(text[colon.lowerBound...])) <= columns * 2 / 3 {
            tailStart = colon.lowerBound
        } else {
            var used = 0
            while tailStart > text.startIndex {
                let before = text.index(before: tailStart)
                used += DisplayWidth.of(text[before])
                if used > half { break }
                tailStart = before
            }
        }
        let tail = String(text[tailStart...])
        return truncate(String(text[..<tailStart]), toWidth: columns - DisplayWidth.of(tail), cut: .anywhere) + tail
    }
}
