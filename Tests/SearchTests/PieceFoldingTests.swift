@testable import Content
import Testing
@testable import Search
import TestFixtures

/// The index keeps no folded text: it folds each piece again to check a match and to place it. What
/// it finds must be exactly what a scan of the whole document folded at once finds (the index's
/// representation before), on plain, accented, curly-quoted, spaced-out and unspaced text.
@Suite struct PieceFoldingTests {
    /// Words the random paragraphs are made of: ASCII, accents, capitals, ligatures, curly quotes,
    /// dashes, digits, and a script without spaces.
    static let vocabulary = [
        "training", "Training", "TRAINING", "trainer", "train", "rain", "café", "Café", "cafe", "naïve",
        "Straße", "strasse", "œuvre", "practitioner’s", "practitioner's", "“quoted”", "multi‑agency",
        "multi-agency", "—", "…", "2024", "a", "A", "the", "The", "Ångström", "İstanbul", "訓練", "研修",
        "+:", "x+:y",
    ]
    static let spaces = [" ", " ", " ", "  ", "\t", " \u{00A0}", "\u{2003}"]

    /// A paragraph of up to `most` random words with random spacing (generator seeded, so a failure repeats).
    static func paragraph(upTo most: Int, _ random: inout SplitMix) -> String {
        let count = Int.random(in: 1...most, using: &random)
        return (0..<count).map { index in
            (index == 0 ? "" : spaces.randomElement(using: &random)!) + vocabulary.randomElement(using: &random)!
        }.joined()
    }

    /// A document of random paragraphs, each in a recommendation's text or response.
    static func document(seed: UInt64) -> ReviewDocument {
        var random = SplitMix(seed: seed)
        let recommendations = (1...12).map { number in
            "Recommendation \(number)\n\n\(paragraph(upTo: 30, &random))\n\nAction Taken:\n\n\(paragraph(upTo: 30, &random))\n"
        }
        return ReviewParser.parse(paragraph(upTo: 20, &random) + "\n\n" + recommendations.joined(separator: "\n"), source: "random \(seed)")
    }

    /// Every match of a one-term query, found by scanning the whole document folded at once: the
    /// needle's bytes on word boundaries (a prefix needs one only at its start), in its case where it has a capital.
    static func scanned(_ query: String, in document: ReviewDocument) throws -> [Place] {
        let term = try #require(try SearchQuery(parsing: query).terms.first)
        let needle = TextFolding.fold(term.text, lowercase: !term.isCaseSensitive)
        let lower = TextFolding.fold(term.text, lowercase: true)
        var whole = FoldedText()
        var starts: [Int] = []
        for piece in document.text.pieces {
            starts.append(whole.count)
            whole.append(piece.text)
        }
        let bytes = whole.lower
        var places: [Place] = []
        guard !needle.isEmpty, needle.count == lower.count, bytes.count >= needle.count else { return [] }
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<(start + needle.count)]) == lower {
            let end = start + needle.count
            if !term.matchesInsideWords {
                let startsWord = start == 0 || !TextFolding.isWordByte(lower[0]) || !TextFolding.isWordByte(bytes[start - 1])
                let endsWord = term.isPrefix || end >= bytes.count || !TextFolding.isWordByte(lower[lower.count - 1])
                    || !TextFolding.isWordByte(bytes[end])
                guard startsWord && endsWord else { continue }
            }
            guard !term.isCaseSensitive || (0..<needle.count).allSatisfy({ whole.exactByte(at: start + $0) == needle[$0] }) else { continue }
            let piece = starts.lastIndex { $0 <= start }!
            let folded = FoldedText(folding: document.text.pieces[piece].text)
            let range = folded.sourceRange(of: (start - starts[piece])..<(end - starts[piece]))
            places.append(document.text.pieces[piece].place.with(range: range))
        }
        return places
    }

    static let queries = [
        "training", "train*", "t*", "Training", "TRAINING", "cafe", "Café", "naive", "strasse", "STRASSE",
        "oeuvre", "practitioner's", "“quoted”", "\"multi-agency\"", "\"training the\"", "\"the training\"",
        "Angstrom", "istanbul", "訓練", "研", "+:", "a", "A", "...", "2024", "rain*",
    ]

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func indexFindsWhatAScanOfTheWholeFoldedTextFinds(seed: UInt64) throws {
        let document = Self.document(seed: seed)
        let index = SearchIndex(document: document)
        for query in Self.queries {
            let result = index.run(try SearchQuery(parsing: query))
            let scanned = try Self.scanned(query, in: document)
            #expect(result.matches == scanned, "\(query), seed \(seed)")
            #expect(result.matchCount == scanned.count)
            // Placed one at a time (as the browser's `n` does), a match is where placing all of them put it.
            for (number, place) in scanned.enumerated() { #expect(result.match(at: number) == place) }
        }
    }

    @Test func aPieceFoldedAloneIsItsPartOfTheWholeFoldedAtOnce() {
        let document = Self.document(seed: 7)
        var whole = FoldedText()
        for piece in document.text.pieces {
            let start = whole.count
            whole.append(piece.text)
            let alone = FoldedText(folding: piece.text)
            #expect(Array(whole.lower[start...]) == alone.lower)
            #expect((start..<whole.count).map(whole.exactByte(at:)) == alone.exact)
        }
    }

    /// Plain ASCII folds byte for byte, by a quicker way than every other text: the two must agree
    /// wherever the quick one answers, and it must leave alone what it does not answer.
    @Test(arguments: 1...4 as ClosedRange<UInt64>)
    func plainASCIIFoldsAsEveryOtherTextDoes(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let ascii = (0..<300).map { _ in String(UnicodeScalar(UInt8.random(in: 0...0x7F, using: &random))) }
        let pieces = (0..<200).map { _ in
            Bool.random(using: &random) ? Self.paragraph(upTo: 12, &random)
                : (0..<Int.random(in: 0...40, using: &random)).map { _ in ascii.randomElement(using: &random)! }.joined()
        }
        var quick = FoldedText(), general = FoldedText()
        var quickCount = 0
        for text in pieces {
            general.appendFoldingEachCharacter(text)
            var text = text
            let before = quick.count
            if text.withUTF8({ quick.appendPlainASCII($0) }) {
                quickCount += 1
            } else {
                #expect(quick.count == before, "nothing appended: \(text.debugDescription)")
                quick.appendFoldingEachCharacter(text)
            }
            #expect(quick.lower == general.lower, "\(text.debugDescription)")
        }
        #expect(quickCount > 20)
        #expect(quick.exact == general.exact)
        let positions = 0..<general.count
        #expect(positions.map(quick.sourceOffset) == positions.map(general.sourceOffset))
        let ranges = positions.dropLast().map { $0..<($0 + 1) }
        #expect(ranges.map(quick.sourceRange) == ranges.map(general.sourceRange))
    }

    @Test func foldingIntoTheSameValueAgainForgetsWhatWasThere() {
        var folding = FoldedText(folding: "Ångström’s  CAFÉ")
        folding.removeAll()
        folding.append("Naïve plans")
        let fresh = FoldedText(folding: "Naïve plans")
        #expect(folding.lower == fresh.lower)
        #expect(folding.exact == fresh.exact)
        #expect((0..<fresh.count).map(folding.sourceOffset) == (0..<fresh.count).map(fresh.sourceOffset))
    }
}
