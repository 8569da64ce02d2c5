/// Recognisers for the lines that give a review response its structure. Hand-written scanners rather
/// than regular expressions: they run once per line on documents of any size. Lines come trimmed.
enum LinePatterns {
    struct Heading: Equatable {
        var number: Int {
            // The standard words follow the number: keep the old one's.
            didSet { if isStandard && number != oldValue { written = StandardHeading.words(oldValue) } }
        }
        /// "Recommendation 3", "Recommendation 1:", "Recommendation 2 –".
        var heading: String {
            get { written ?? StandardHeading.words(number) }
            set { written = StandardHeading.stored(newValue, number: number) }
        }
        /// The heading as written; nil for the standard "Recommendation 3", made when asked for
        /// (100,000 such headings held 6.4 MB of strings: over 15 bytes, a string is allocated).
        private var written: String? {
            get { spelling?.value.written }
            set { spell(written: newValue, series: series) }
        }
        /// The title a heading unit holds: its `rest`, once text after the heading has gone to a
        /// paragraph of its own (`SourceUnit.Kind.heading`).
        var title: String? { rest.isEmpty ? nil : rest }
        /// Whether the heading is the standard "Recommendation 3" for its number.
        var isStandard: Bool { spelling?.value.written == nil }
        /// Whatever follows on the same line: a title or the start of the text.
        var rest: String
        /// The letters of a code series ("E" for "E1.", "PR" for "PR1."); "" otherwise. Numbers repeat
        /// across series.
        var series: String {
            get { spelling?.value.series ?? "" }
            set { spell(written: written, series: newValue) }
        }
        /// False for a bare "Recommendation" line, numbered in order by the parser.
        var numbered: Bool = true
        /// A heading written other than the standard way, and a series: boxed, nil for neither, so that
        /// a heading unit is 33 bytes, not 57 (every unit is as large as the largest kind).
        private var spelling: Boxed<Spelling>?

        private struct Spelling: Sendable, Hashable {
            var written: String?
            var series: String
        }

        private mutating func spell(written: String?, series: String) {
            spelling = written == nil && series.isEmpty ? nil : Boxed(Spelling(written: written, series: series))
        }

        init(number: Int, heading: String, rest: String, series: String = "", numbered: Bool = true) {
            self.number = number
            self.rest = rest
            self.numbered = numbered
            spell(written: StandardHeading.stored(heading, number: number), series: series)
        }
    }

    struct Label: Equatable {
        var label: String
        var rest: String
    }

    struct Marker: Equatable {
        var marker: String
        var rest: String
    }

    static let headingSeparators: Set<Character> = [":", ".", "–", "—", "-"]

    /// "Recommendation 1", "Recommendation 1:", "Recommendation 1 – Title", "Recommendation 1. Title".
    static func heading(_ line: String, lenient: Bool = false) -> Heading? {
        guard let first = line.first, first == "R" || first == "r" else { return nil }
        let text = Substring(line)
        let keyword = "recommendation"
        guard text.utf8.count > keyword.count, text.prefix(keyword.count).lowercased() == keyword else { return nil }
        var rest = text.dropFirst(keyword.count)
        let space = rest.prefix { $0 == " " || $0 == "\t" }
        guard !space.isEmpty else { return nil }
        rest = rest.dropFirst(space.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let number: Int
        if !digits.isEmpty {
            guard digits.count <= ItemID.maximumDigits, let value = Int(digits) else { return nil }
            number = value
            rest = rest.dropFirst(digits.count)
        } else if let (value, length) = numberWord(rest) {
            number = value
            rest = rest.dropFirst(length)
        } else {
            return nil
        }
        let afterNumber = rest.drop { $0 == " " }
        if afterNumber.isEmpty {
            return Heading(number: number, heading: String(text), rest: "")
        }
        // A heading the format reader marked may run straight into its title: "Recommendation 3 Training".
        if lenient, afterNumber.startIndex > rest.startIndex, let first = afterNumber.first, !headingSeparators.contains(first) {
            return Heading(number: number, heading: TextShape.trimmed(text[..<afterNumber.startIndex]),
                           rest: TextShape.trimmed(afterNumber))
        }
        guard let separator = afterNumber.first, headingSeparators.contains(separator) else { return nil }
        // "Recommendation 1.5" is a reference, not a heading.
        let afterSeparator = afterNumber.dropFirst()
        if let next = afterSeparator.first, next != " ", next != "\t" { return nil }
        let headingEnd = afterNumber.index(after: afterNumber.startIndex)
        return Heading(number: number, heading: String(text[..<headingEnd]),
                       rest: TextShape.trimmed(text[headingEnd...]))
    }

    /// "Recommendation 1234567: Title": what `heading` would take but for a number longer than an id
    /// takes; nil otherwise. The line is kept as text, and `check` names it by this: "Recommendation 1234567".
    static func headingWithOverlongNumber(_ line: String, lenient: Bool = false) -> Substring? {
        guard let first = line.first, first == "R" || first == "r" else { return nil }
        let keyword = "recommendation"
        guard line.prefix(keyword.count).lowercased() == keyword else { return nil }
        let afterKeyword = line.dropFirst(keyword.count)
        let number = afterKeyword.drop { $0 == " " || $0 == "\t" }
        let digits = number.prefix { $0.isASCII && $0.isNumber }
        guard digits.count > ItemID.maximumDigits, number.startIndex > afterKeyword.startIndex else { return nil }
        // The same line with a short number in its place: a heading so, it is one but for the number.
        guard heading(String(line[..<number.startIndex]) + "1" + number.dropFirst(digits.count), lenient: lenient) != nil else { return nil }
        return line[..<digits.endIndex]
    }

    /// Whether a heading's rest is a sentence of recommendation text rather than a title.
    static func restIsText(_ rest: String) -> Bool {
        let words = TextShape.wordCount(rest)
        return words > 12 || (words > 6 && rest.hasSuffix("."))
    }

    /// Response labels, longest first so that "Progress update" wins over "Progress".
    static let labels = ["actions taken", "action taken", "progress update", "update on progress",
                         "partnership response", "government response", "board response", "responses", "response",
                         "progress", "update"]

    /// "Action Taken:", "Action taken", "Response: The Partnership has…", "Progress update –".
    static func label(_ line: String) -> Label? {
        guard let first = line.first, "AaRrPpUuGgBb".contains(first) else { return nil }
        let text = Substring(line)
        let lower = text.prefix(22).lowercased()
        guard let match = labels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let afterWord = text.dropFirst(match.count)
        let spaced = afterWord.drop { $0 == " " }
        if spaced.isEmpty { return Label(label: String(text), rest: "") }
        guard let separator = spaced.first, ":–—-".contains(separator) else { return nil }
        let end = spaced.index(after: spaced.startIndex)
        return Label(label: String(text[..<end]), rest: TextShape.trimmed(text[end...]))
    }

    /// A lettered marker: "a)", "(a)", "a." followed by a space or the end of the line.
    static func letter(_ line: String) -> (letter: Character, marker: Marker)? {
        let text = Substring(line)
        var marker: Substring
        var letter: Character
        if text.first == "(" {
            let body = text.dropFirst()
            guard let l = body.first, body.dropFirst().first == ")" else { return nil }
            letter = l
            marker = text.prefix(3)
        } else {
            guard let l = text.first, let close = text.dropFirst().first, close == ")" || close == "." else { return nil }
            letter = l
            marker = text.prefix(2)
        }
        guard letter.isASCII, letter.isLowercase else { return nil }
        let rest = text.dropFirst(marker.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return (letter, Marker(marker: String(marker), rest: TextShape.trimmed(rest)))
    }

    static let bullets: Set<Character> = ["•", "-", "*", "–", "▪", "◦", "●", "·", "‣", "○"]

    /// A bullet ("•", "-", "*"…) or a number ("1.", "1)", "(1)") followed by a space.
    static func listItem(_ line: String) -> Marker? {
        let text = Substring(line)
        guard let first = text.first else { return nil }
        let marker: Substring
        if bullets.contains(first) {
            marker = text.prefix(1)
        } else {
            let open = first == "(" ? 1 : 0
            let digits = text.dropFirst(open).prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 3 else { return nil }
            let closeIndex = text.index(text.startIndex, offsetBy: open + digits.count)
            guard closeIndex < text.endIndex else { return nil }
            let close = text[closeIndex]
            guard close == ")" || (close == "." && open == 0) else { return nil }
            marker = text[...closeIndex]
        }
        let rest = text.dropFirst(marker.count)
        guard let gap = rest.first, gap == " " || gap == "\t" else { return nil }
        return Marker(marker: String(marker), rest: TextShape.trimmed(rest))
    }

    static let sectionLeadWords: Set<String> = [
        "related", "relating", "generic", "for", "to", "from", "made", "specific", "arising", "about",
        "concerning", "in", "on", "that", "which", "applicable", "common", "directed", "addressed",
    ]

    /// A group heading: "Recommendations related to learning from Child J",
    /// "Recommendations generic to all … cases.", "Single agency recommendations".
    static func isSectionHeading(_ line: String) -> Bool {
        let lastLetter = line.last { $0 != ":" && $0 != "." }
        guard line.utf8.count <= 480, let first = line.first else { return false }
        // Not opening with "Recommendations", it must end with the word: looked for by bytes first, as
        // many lines of a response end in an "s".
        guard first == "R" || first == "r"
            || ((lastLetter == "s" || lastLetter == "S") && TextShape.containsAnyCaseInsensitive(line, ["recommendations"]))
        else { return false }
        let text = line
        let words = text.lowercased().split(separator: " ")
        guard text.count <= 120, words.count >= 2, words.count <= 16 else { return false }
        if words[0] == "recommendations", sectionLeadWords.contains(String(words[1])) { return true }
        let last = words[words.count - 1].filter { $0 != ":" && $0 != "." }
        return last == "recommendations" && words.count <= 6
    }

    /// "Restorative Practice: Training delivered…" → ("Restorative Practice", "Training delivered…").
    static func term(_ text: String) -> (term: String, description: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let term = text[..<colon]
        let description = text[text.index(after: colon)...]
        let words = TextShape.wordCount(term)
        guard words >= 1, words <= 6, term.count <= 60, description.first == " ",
              !term.contains("."), !TextShape.trimmed(description).isEmpty else { return nil }
        return (String(term).trimmingCharacters(in: .whitespaces), TextShape.trimmed(description))
    }
}
