/// Recognisers for recommendations numbered without "Recommendation N": number words, paragraph
/// numbers in front, letter codes ("E1.", "PR1.", "R1", "Rec 1"), bare "Recommendation" lines, the
/// "Recommendations" heading that says what follows, and inline lists ("Recommendations include: …; …").
extension LinePatterns {
    static let numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                              "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                              "eighteen", "nineteen", "twenty"]

    /// "One", "twelve" at the start of `text` followed by the end, a space or punctuation: (12, length).
    static func numberWord(_ text: Substring) -> (Int, Int)? {
        let word = text.prefix { $0.isLetter }
        guard (3...9).contains(word.count), let index = numberWords.firstIndex(of: word.lowercased()) else { return nil }
        return (index + 1, word.count)
    }

    /// "2.1 Recommendation 1", "3. Recommendation 2:": a paragraph number, then a heading. The heading
    /// keeps the paragraph number, as written.
    static func paragraphNumberedHeading(_ line: String) -> Heading? {
        let number = line.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
        guard !number.isEmpty, number.first!.isNumber, number.count <= 8 else { return nil }
        let after = line.dropFirst(number.count)
        let gap = after.prefix { $0 == " " || $0 == "\t" }
        guard !gap.isEmpty, var heading = heading(String(after.dropFirst(gap.count))) else { return nil }
        heading.heading = String(line.prefix(number.count + gap.count)) + heading.heading
        return heading
    }

    /// "Recommendation" or "Recommendation:" alone, or "Recommendation: text": numbered in order.
    static func unnumberedHeading(_ line: String, number: Int) -> Heading? {
        let keyword = "recommendation"
        guard line.utf8.count >= keyword.utf8.count, line.prefix(keyword.count).lowercased() == keyword else { return nil }
        let after = line.dropFirst(keyword.count)
        let spaced = after.drop { $0 == " " }
        if spaced.isEmpty { return Heading(number: number, heading: line, rest: "", numbered: false) }
        guard spaced.first == ":" else { return nil }
        let end = spaced.index(after: spaced.startIndex)
        return Heading(number: number, heading: String(line[..<end]), rest: TextShape.trimmed(line[end...]), numbered: false)
    }

    /// A letter code: "E1.", "PR12:", "R1", "R1 –", "Rec 1", "Rec. 3:". `strong` when the code itself says
    /// recommendation (R, Rec); other codes count only in a series or under a "Recommendations" heading.
    static func codedHeading(_ line: String) -> (heading: Heading, strong: Bool)? {
        let text = Substring(line)
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        guard (1...3).contains(letters.count) else { return nil }
        let isRec = letters.lowercased() == "rec" || letters == "R"
        guard isRec || letters.allSatisfy(\.isUppercase) else { return nil }
        var rest = text.dropFirst(letters.count)
        if letters.lowercased() == "rec" {
            if rest.first == "." { rest = rest.dropFirst() }
            rest = rest.drop { $0 == " " }
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        let series = isRec ? "R" : String(letters)
        if rest.isEmpty { return (Heading(number: number, heading: line, rest: "", series: series), isRec) }
        if let separator = rest.first, ".:)".contains(separator) {
            let after = rest.dropFirst()
            guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
            return (Heading(number: number, heading: String(text[..<after.startIndex]), rest: TextShape.trimmed(after), series: series), isRec)
        }
        // "R1 The partnership…", "Rec 1 – …": only the codes that say recommendation go without a stop.
        guard isRec, rest.first == " " || rest.first == "\t" else { return nil }
        let spaced = rest.drop { $0 == " " || $0 == "\t" }
        if let dash = spaced.first, "–—-".contains(dash) {
            let end = spaced.index(after: spaced.startIndex)
            return (Heading(number: number, heading: String(text[..<end]), rest: TextShape.trimmed(text[end...]), series: series), true)
        }
        return (Heading(number: number, heading: String(text[..<rest.startIndex]), rest: TextShape.trimmed(rest), series: series), true)
    }

    /// "Recommendations", "Recommendations and responses", "Our recommendations:", "Summary of recommendations":
    /// a short heading that says the numbered items below it are recommendations.
    static func isRecommendationsHeading(_ line: String) -> Bool {
        guard line.utf8.count <= 80, !line.hasSuffix("."), let first = line.first, first.isUppercase || first.isNumber else { return false }
        let body = line.hasSuffix(":") ? String(line.dropLast()) : line
        guard !body.contains(":") else { return false }
        let words = body.lowercased().split(separator: " ").map { $0.filter(\.isLetter) }
        guard (1...6).contains(words.count) else { return false }
        return words.contains("recommendations")
    }

    /// "Recommendations include: more training; a new protocol; an audit." → the lead ("Recommendations
    /// include:") and the items, each with its separator, by UTF-8 offset in `text`. Nil unless the lead
    /// presents them as the document's recommendations and there are at least two items.
    static func inlineRecommendations(_ text: String) -> (lead: Range<String.Index>, items: [Range<String.Index>])? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        guard presentsRecommendations(text[..<colon]) else { return nil }
        var items: [Range<String.Index>] = []
        var start = text.index(after: colon)
        while let semicolon = text[start...].firstIndex(of: ";") {
            items.append(start..<text.index(after: semicolon))
            start = text.index(after: semicolon)
        }
        if start < text.endIndex { items.append(start..<text.endIndex) }
        items = items.filter { !TextShape.trimmed(text[$0]).isEmpty }
        guard items.count >= 2 else { return nil }
        return (text.startIndex..<text.index(after: colon), items)
    }

    /// Words that make a lead someone else's recommendations: "Previous recommendations were: …".
    static let othersRecommendations: Set<String> = ["previous", "earlier", "other", "past", "former", "last", "national",
                                                     "inspection", "inspectorate", "ofsted", "cqc", "hmicfrs", "reviews", "reviews'"]

    /// "Recommendations include", "The review's recommendations to the partnership were", "The review
    /// recommends": a short lead that names recommendations as the document's own and says they follow.
    static func presentsRecommendations(_ lead: Substring) -> Bool {
        let words = lead.lowercased().split(separator: " ").map { String($0) }
        guard lead.count <= 90, (1...12).contains(words.count),
              let named = words.firstIndex(where: { $0.hasPrefix("recommend") }) else { return false }
        guard !words.contains(where: othersRecommendations.contains) else { return false }
        let presenting: Set<String> = ["include", "includes", "included", "are", "were", "is", "was", "recommends",
                                       "recommended", "following", "made", "makes", "that"]
        return named == words.count - 1 || words.contains(where: presenting.contains)
    }
}
