/// Word's automatic numbering, read from numbering.xml and counted as the paragraphs come: the marker
/// Word draws in front of a numbered paragraph ("1. ", "a) ", "(iv) ", "• "), which is not in its text.
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        /// Restart after a paragraph at this level (1-based, as `w:lvlRestart`); 0 never restarts.
        var restartAfter: Int?
        var legal = false
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    /// numId → abstractNumId.
    private var instances: [String: String] = [:]
    /// numId → level → start override: a list Word restarted.
    private var startOverrides: [String: [Int: Int]] = [:]
    /// The counters, per list: a list restarted with a start override counts on its own, otherwise
    /// every instance of an abstract numbering continues the same count, as Word does.
    private var counters: [String: [Int: Int]] = [:]

    init(_ root: XMLNode?, styles: WordStyles) {
        guard let root else { return }
        var styleLinks: [String: String] = [:]
        for abstract in root.children("abstractNum") {
            guard let id = abstract.attribute("abstractNumId") else { continue }
            if let link = abstract.value(of: "numStyleLink") { styleLinks[id] = link }
            abstractLevels[id] = Self.levels(abstract.children("lvl"))
        }
        for num in root.children("num") {
            guard let id = num.attribute("numId"), let abstract = num.value(of: "abstractNumId") else { continue }
            instances[id] = abstract
            for override in num.children("lvlOverride") {
                guard let level = override.attribute("ilvl").flatMap(Int.init) else { continue }
                if let start = override.value(of: "startOverride").flatMap(Int.init) {
                    startOverrides[id, default: [:]][level] = start
                }
                if let lvl = override.child("lvl") {
                    let replaced = Self.levels([lvl])
                    // An overridden level definition: kept under the instance, as its own abstract list.
                    let inherited = abstractLevels["num:\(id)"] ?? abstractLevels[abstract] ?? [:]
                    abstractLevels["num:\(id)"] = inherited.merging(replaced) { $1 }
                    instances[id] = "num:\(id)"
                }
            }
        }
        // A list defined through a numbering style borrows the levels of the list that style names.
        for (id, link) in styleLinks where abstractLevels[id]?.isEmpty ?? true {
            if let reference = styles.numberingOfStyle(link), let target = instances[reference.numberingID] {
                abstractLevels[id] = abstractLevels[target]
            }
        }
    }

    private static func levels(_ nodes: [XMLNode]) -> [Int: Level] {
        var levels: [Int: Level] = [:]
        for node in nodes {
            guard let index = node.attribute("ilvl").flatMap(Int.init) else { continue }
            var level = Level()
            level.start = node.value(of: "start").flatMap(Int.init) ?? 1
            level.format = node.value(of: "numFmt") ?? "decimal"
            level.text = node.value(of: "lvlText") ?? ""
            level.restartAfter = node.value(of: "lvlRestart").flatMap(Int.init)
            level.legal = node.child("isLgl").map { $0.attribute("val") != "0" && $0.attribute("val") != "false" } ?? false
            levels[index] = level
        }
        return levels
    }

    /// Counts a numbered paragraph and returns its marker with the space after it ("1. "), or nil when
    /// the list is unknown or draws no marker (`numId` 0, format "none", empty level text).
    mutating func marker(for reference: NumberingReference) -> String? {
        guard reference.numberingID != "0", let abstract = instances[reference.numberingID],
              let levels = abstractLevels[abstract], let level = levels[reference.level] else { return nil }
        let overrides = startOverrides[reference.numberingID] ?? [:]
        let counterKey = overrides.isEmpty ? abstract : "restart:\(reference.numberingID)"
        var counts = counters[counterKey] ?? [:]
        let start = overrides[reference.level] ?? level.start
        counts[reference.level] = counts[reference.level].map { $0 + 1 } ?? start
        // Deeper levels start again after this one, unless their lvlRestart says otherwise.
        for (deeper, definition) in levels where deeper > reference.level {
            let restartAfter = definition.restartAfter ?? (reference.level + 1)
            if restartAfter != 0, reference.level + 1 <= restartAfter { counts[deeper] = nil }
        }
        counters[counterKey] = counts
        guard level.format != "none" else { return nil }
        let text = Self.expand(level, counts: counts, levels: levels, overrides: overrides)
        return text.isEmpty ? nil : text + " "
    }

    /// The level text with "%1"…"%9" replaced by the counters of those levels, each in its own format.
    private static func expand(_ level: Level, counts: [Int: Int], levels: [Int: Level], overrides: [Int: Int]) -> String {
        if level.format == "bullet" { return bullet(level.text) }
        var result = ""
        var characters = level.text.makeIterator()
        while let character = characters.next() {
            guard character == "%" else { result.append(character); continue }
            guard let digit = characters.next() else { break }
            guard let number = digit.wholeNumberValue, (1...9).contains(number) else { result.append(digit); continue }
            let index = number - 1
            let definition = levels[index] ?? Level()
            let count = counts[index] ?? overrides[index] ?? definition.start
            result += NumberFormat.format(count, as: level.legal ? "decimal" : definition.format)
        }
        return result
    }

    /// Bullets are drawn in symbol fonts with private-use characters; "•" says what the reader sees.
    private static func bullet(_ text: String) -> String {
        let visible = text.unicodeScalars.filter { !(0xE000...0xF8FF).contains($0.value) && !$0.properties.isWhitespace }
        let symbol = String(String.UnicodeScalarView(visible))
        if ["-", "–", "—", "•", "◦", "▪", "■", "○", "●", "*", "➢", "✓"].contains(symbol) { return symbol }
        return symbol == "o" ? "◦" : "•"
    }
}

/// Word's number formats, for list markers and note references.
enum NumberFormat {
    static func format(_ number: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": return letters(number, uppercase: false)
        case "upperLetter": return letters(number, uppercase: true)
        case "lowerRoman": return roman(number).lowercased()
        case "upperRoman": return roman(number)
        case "decimalZero": return number < 10 ? "0\(number)" : "\(number)"
        case "ordinal": return "\(number)\(ordinalSuffix(number))"
        default: return "\(number)"
        }
    }

    /// 1 → a, 26 → z, 27 → aa, 28 → bb: Word repeats the letter rather than carrying.
    static func letters(_ number: Int, uppercase: Bool) -> String {
        guard number > 0 else { return "\(number)" }
        let letter = Character(UnicodeScalar(UInt8(ascii: uppercase ? "A" : "a") + UInt8((number - 1) % 26)))
        return String(repeating: letter, count: (number - 1) / 26 + 1)
    }

    static func roman(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return "\(number)" }
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var remaining = number
        var result = ""
        for (value, numeral) in values {
            while remaining >= value {
                result += numeral
                remaining -= value
            }
        }
        return result
    }

    private static func ordinalSuffix(_ number: Int) -> String {
        if (11...13).contains(number % 100) { return "th" }
        switch number % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}
