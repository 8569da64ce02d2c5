import Foundation

/// Joins printed lines into running text, undoing line-end hyphenation: "safe-" + "guarding" is
/// "safeguarding", while a real hyphen stays ("multi-" + "agency" is "multi-agency", "Anglo-" + "Saxon"
/// keeps its dash). The document's own words decide first: a form seen elsewhere in it wins.
struct PDFLineJoiner {
    /// Words seen in the document, lowercased: whole, and hyphenated ones.
    var known: Set<String>

    /// Prefixes that are written with a hyphen, so a line break after them keeps it.
    static let compoundPrefixes: Set<String> = [
        "multi", "co", "non", "self", "cross", "well", "pre", "post", "ex", "anti", "semi", "long", "short",
        "full", "part", "high", "low", "face", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "child", "age", "place", "risk", "follow", "front", "half",
    ]

    init(texts: [String]) {
        var known = Set<String>()
        for text in texts {
            for word in text.split(separator: " ") {
                let bare = Self.bare(word)
                if !bare.isEmpty { known.insert(bare.lowercased()) }
            }
        }
        self.known = known
    }

    func join(_ lines: [String]) -> String {
        lines.dropFirst().reduce(lines.first ?? "") { join($0, $1) }
    }

    func join(_ line: String, _ next: String) -> String {
        guard line.hasSuffix("-"), line.count >= 2,
              line.dropLast().last?.isLetter == true, let first = next.first, first.isLetter else {
            return line.isEmpty ? next : line + " " + next
        }
        let head = Self.bare(line.dropLast().split(separator: " ").last ?? "").lowercased()
        let tail = Self.bare(next.split(separator: " ").first ?? "").lowercased()
        let keepsHyphen: Bool
        if known.contains(head + "-" + tail) { keepsHyphen = true }
        else if known.contains(head + tail) { keepsHyphen = false }
        else { keepsHyphen = first.isUppercase || Self.compoundPrefixes.contains(head) }
        return keepsHyphen ? line + next : String(line.dropLast()) + next
    }

    /// A word without the punctuation around it.
    static func bare(_ word: Substring) -> Substring {
        let kept: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "-" }
        guard let start = word.firstIndex(where: kept), let end = word.lastIndex(where: kept) else { return "" }
        return word[start...end]
    }
}
