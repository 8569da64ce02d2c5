import Foundation

/// What people call a review: "Child J", as the title names the child, else the title itself. Many
/// titles begin alike ("Response to the Recommendations…"), so the library's rows, the address in
/// the status line and the session handout across reviews lead with the name.
public enum ReviewName {
    /// Who a review is named for, as whole capitalised words followed by a space and the name: "Child J",
    /// "Children A and B", "Baby T", "Young Person X". Longer words first, though the space after each
    /// already keeps "Child" from matching "Children".
    private static let families: [[UInt8]] = ["Young Person", "Children", "Siblings", "Sibling", "Family", "Child", "Adult", "Baby"]
        .map { Array(($0 + " ").utf8) }

    /// A family word and a name of one to three capitals, then up to three digits ("Child J", "Child LH",
    /// "Child Y70", "Child X86 (2022)" is "Child X86"), or a list of such names ending "and" one
    /// ("Children A and B", "Siblings A, B and C"); the first in the title. Scanned by hand rather than by a
    /// regular expression: the library sorts every title by its row, and a regular expression a title
    /// took some microseconds each, thousands of times at the first frame.
    public static func short(_ title: String) -> String? {
        let bytes = Array(title.utf8)
        for start in bytes.indices where isWordStart(bytes, start) {
            for family in families where bytes[start...].starts(with: family) {
                if let end = nameEnd(bytes, from: start + family.count) {
                    return String(decoding: bytes[start..<end], as: UTF8.self)
                }
            }
        }
        return nil
    }

    /// Where the name starting at `index` ends: after its first part, or after the last of a list that
    /// ends "and" a part; nil when no name starts there.
    private static func nameEnd(_ bytes: [UInt8], from index: Int) -> Int? {
        guard var end = partEnd(bytes, from: index) else { return nil }
        var at = end
        let comma = Array(", ".utf8), and = Array(" and ".utf8)
        while true {
            let isAnd = bytes[at...].starts(with: and)
            guard isAnd || bytes[at...].starts(with: comma),
                  let next = partEnd(bytes, from: at + (isAnd ? and.count : comma.count)) else { return end }
            if isAnd { end = next; return end }
            at = next
        }
    }

    /// The end of one part of a name, one to three capitals and up to three digits as a whole word.
    private static func partEnd(_ bytes: [UInt8], from index: Int) -> Int? {
        var end = index
        while end < bytes.count, end - index < 3, isCapital(bytes[end]) { end += 1 }
        guard end > index else { return nil }
        let letters = end
        while end < bytes.count, end - letters < 3, isDigit(bytes[end]) { end += 1 }
        return end == bytes.count || !isWordByte(bytes[end]) ? end : nil
    }

    private static func isWordStart(_ bytes: [UInt8], _ index: Int) -> Bool {
        isCapital(bytes[index]) && (index == 0 || !isWordByte(bytes[index - 1]))
    }

    private static func isCapital(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// A letter, digit or underscore as `\b` sees one; any byte of a non-ASCII character counts as a
    /// letter (so "Child Jé" is not "Child J").
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "_") || isDigit(byte) || isCapital(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    /// The title with the name in front, unless it already starts with it.
    public static func row(_ title: String) -> String {
        guard let name = short(title), !title.hasPrefix(name) else { return title }
        return name + ": " + title
    }

    /// The row with `name` (a `distinct` one, "Child E #13") leading in place of the short name:
    /// "Child E #13: Learning brief: Child E", "Child W #21: partnership action plan".
    public static func row(_ title: String, named name: String) -> String {
        let short = label(title)
        return title.hasPrefix(short) ? name + title.dropFirst(short.count) : name + ": " + title
    }

    /// The name for the status line's address.
    public static func label(_ title: String) -> String { short(title) ?? title }

    /// Names for reviews shown side by side, as the library's matrix columns: each one's `label`, and
    /// where two or more share it (two reviews of a Child E), each of those with its library id,
    /// "Child E #13", as the library's rows number them.
    public static func distinct(_ reviews: [(id: Int, title: String)]) -> [String] {
        let labels = reviews.map { label($0.title) }
        var count: [String: Int] = [:]
        for name in labels { count[name, default: 0] += 1 }
        return zip(reviews, labels).map { review, name in count[name, default: 0] > 1 ? "\(name) #\(review.id)" : name }
    }
}
