/// Finds the page layout that survives in text taken from a PDF or a printed page: form feeds,
/// "Page 3 of 8" footers, page numbers beside a page break, and running headers repeated at page
/// breaks. What it finds is kept out of the prose (and reported); the line becomes blank, and a page
/// break is remembered so a sentence cut by it can be joined back.
struct PageFurniture {
    /// The lines with furniture blanked out and form feeds removed.
    private(set) var lines: [Substring]
    private(set) var furniture: [FurnitureLine] = []
    /// 1-based line numbers at which a page ends or begins (form feed or footer).
    private(set) var pageBreaks: Set<Int> = []

    init(_ source: SourceLines) {
        lines = source.lines
        removeFormFeeds(at: source.formFeedLines)
        removeFooters()
        removePageNumbersNearBreaks()
        removeRunningHeaders()
        furniture.sort { $0.line < $1.line }
    }

    private mutating func removeFormFeeds(at indices: [Int]) {
        for index in indices {
            lines[index].removeAll { $0 == "\u{0C}" }
            furniture.append(FurnitureLine(line: index + 1, text: "", kind: .pageBreak))
            pageBreaks.insert(index + 1)
        }
    }

    private mutating func removeFooters() {
        for index in lines.indices where Self.isFooter(lines[index]) {
            remove(index, kind: .pageNumber)
            pageBreaks.insert(index + 1)
        }
    }

    /// A bare number is only a page number where a page visibly ends or begins. Nearness is judged on
    /// the lines as they were before this pass, so a removed number does not bring the next one near.
    private mutating func removePageNumbersNearBreaks() {
        let near = linesNearBreaks()
        for index in lines.indices where near[index] && isBareNumber(lines[index]) {
            remove(index, kind: .pageNumber)
        }
    }

    /// A short line that recurs beside page breaks is a running header or footer.
    private mutating func removeRunningHeaders() {
        guard !pageBreaks.isEmpty else { return }
        var candidates: [String: [Int]] = [:]
        let near = linesNearBreaks()
        for index in lines.indices where near[index] {
            let text = TextShape.trimmed(lines[index])
            guard !text.isEmpty, text.count <= 100, !Self.isStructural(text) else { continue }
            candidates[text, default: []].append(index)
        }
        for (_, indices) in candidates where indices.count >= 2 {
            for index in indices { remove(index, kind: .runningHeader) }
        }
    }

    private mutating func remove(_ index: Int, kind: FurnitureLine.Kind) {
        furniture.append(FurnitureLine(line: index + 1, text: TextShape.trimmed(lines[index]), kind: kind))
        lines[index] = ""
    }

    /// For each line, whether it is within two non-blank lines of a page break, on either side. One pass
    /// down (breaks above) and one up (breaks below): probing outwards from every line would cross a long
    /// run of blank lines once for each line in it.
    private func linesNearBreaks() -> [Bool] {
        var near = [Bool](repeating: false, count: lines.count)
        for order in [Array(lines.indices), Array(lines.indices.reversed())] {
            // Non-blank lines passed since the last break; nil before the first.
            var passed: Int?
            for index in order {
                if pageBreaks.contains(index + 1) {
                    near[index] = true
                    passed = 0
                    continue
                }
                if let count = passed, count <= 1 { near[index] = true }
                if !TextShape.isBlank(lines[index]) { passed = passed.map { $0 + 1 } }
            }
        }
        return near
    }

    private func isBareNumber(_ line: Substring) -> Bool {
        guard line.utf8.count <= 16 else { return false }
        let text = TextShape.trimmed(line)
        return !text.isEmpty && text.count <= 4 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Headings and labels recur by design and are never furniture.
    private static func isStructural(_ text: String) -> Bool {
        LinePatterns.heading(text) != nil || LinePatterns.label(text) != nil || LinePatterns.isSectionHeading(text)
    }

    /// "Page 3 of 8", "Page 3", "3 of 8", "- 3 -", "3 | Page", "Page | 3".
    static func isFooter(_ line: some StringProtocol) -> Bool {
        guard line.utf8.count <= 40 else { return false }
        let text = TextShape.trimmed(line).lowercased()
        guard !text.isEmpty, text.count <= 24 else { return false }
        let words = text.split { $0 == " " || $0 == "|" }.map(String.init)
        func isNumber(_ word: String) -> Bool { !word.isEmpty && word.count <= 4 && word.allSatisfy { $0.isASCII && $0.isNumber } }
        switch words.count {
        case 2:
            return (words[0] == "page" && isNumber(words[1])) || (isNumber(words[0]) && words[1] == "page")
        case 3:
            if ["-", "–", "—"].contains(words[0]), isNumber(words[1]), words[2] == words[0] { return true }
            return isNumber(words[0]) && words[1] == "of" && isNumber(words[2])
        case 4:
            return words[0] == "page" && isNumber(words[1]) && words[2] == "of" && isNumber(words[3])
        default:
            return false
        }
    }
}
