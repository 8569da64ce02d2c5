/// Terminal column widths: the one measure of text for the cell grid, the views, the plain-text
/// output and the ncurses backend, so they cannot disagree. The tables are generated from the
/// Unicode data files (DisplayWidthTables.swift, by Scripts/generate-display-width.py), not from the
/// C library or the Swift runtime, whose Unicode versions differ from machine to machine.
public enum DisplayWidth {
    /// Columns a character (a grapheme cluster) occupies on a terminal: 0, 1 or 2. An emoji
    /// sequence (a variation selector FE0F, or a wide scalar after the first, as in a skin tone or
    /// a flag) takes two; otherwise the first scalar decides, its marks riding on it.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F || of($0) == 2 }) { return 2 }
        return of(first)
    }

    /// Columns a scalar takes by itself: 0 for controls, marks and format characters, 2 for East
    /// Asian wide and fullwidth characters and emoji presentation, 1 for everything else.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if contains(value, in: zeroWidthRanges) { return 0 }
        return contains(value, in: wideRanges) ? 2 : 1
    }

    /// Columns a string occupies.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Binary search of a generated table: sorted (first, last) pairs, flattened.
    private static func contains(_ value: UInt32, in ranges: [UInt32]) -> Bool {
        var low = 0
        var high = ranges.count / 2
        while low < high {
            let middle = (low + high) / 2
            if value < ranges[2 * middle] {
                high = middle
            } else if value > ranges[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
