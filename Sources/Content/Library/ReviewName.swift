import Foundation

/// What people call a review: "Child J", as the title names the child, else the title itself. Many
/// titles begin alike ("Response to the Recommendations…"), so the library's rows, the address in
/// the status line and the session handout across reviews lead with the name.
public enum ReviewName {
    /// "Child " and one to three capitals, as whole words. Scanned by hand rather than by a regular
    /// expression: the library sorts every title by its row, and a regular expression a title took
    /// some microseconds each, thousands of times at the first frame.
    public static func short(_ title: String) -> String? {
        let bytes = Array(title.utf8)
        let child = Array("Child ".utf8)
        var start = 0
        while start + child.count < bytes.count {
            guard bytes[start] == child[0], (start == 0 || !isWordByte(bytes[start - 1])),
                  bytes[start..<start + child.count].elementsEqual(child) else { start += 1; continue }
            var end = start + child.count
            while end < bytes.count, end - start - child.count < 3, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[end]) { end += 1 }
            if end > start + child.count, end == bytes.count || !isWordByte(bytes[end]) {
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            start += 1
        }
        return nil
    }

    /// A letter, digit or underscore as `\b` sees one; any byte of a non-ASCII character counts as a
    /// letter (so "Child Jé" is not "Child J").
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "_") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
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
