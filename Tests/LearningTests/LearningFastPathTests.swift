@testable import Content
import Testing
@testable import Learning

/// The learning index's ASCII fast paths must answer exactly as the standard library's Unicode
/// properties do, and text read as bytes must split and tokenise as text read as Characters.
@Suite struct LearningFastPathTests {
    static let characters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        + ["\r\n", "é", "e\u{301}", "’", "\u{A0}", "Σ", "ǅ", "٢", "½", "😀"]

    @Test func characterClassesMatchTheStandardLibrary() {
        for character in Self.characters {
            #expect(CharacterClass.isLetter(character) == character.isLetter, "\(character.unicodeScalars.map(\.value))")
            #expect(CharacterClass.isUppercase(character) == character.isUppercase, "\(character.unicodeScalars.map(\.value))")
            #expect(CharacterClass.isNumber(character) == character.isNumber, "\(character.unicodeScalars.map(\.value))")
            #expect(CharacterClass.isWhitespace(character) == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
            #expect(CharacterClass.isWordCharacter(character) == (character.isLetter || character.isNumber))
            #expect(CharacterClass.isApostrophe(character) == (character == "'" || character == "\u{2019}"))
            for byte in [UInt8(ascii: "."), UInt8(ascii: "s"), 0x0A] {
                #expect(CharacterClass.is(character, byte) == (character == Character(Unicode.Scalar(byte))))
            }
        }
    }

    @Test func byteAndCharacterPathsAgree() {
        let texts = ["The PSCP's Chair (J. Smith) will write. It is done! e.g. this? \"Yes.\" Child J. Next 1.5 times.\n\nNew paragraph",
                     "Barnardos' work: ACEs, MoJ and DfE; children's services' reviews... (Q3 of 2021/22)."]
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(SentenceSplitter.sentences(in: bytes) == SentenceSplitter.sentences(in: Array(text)))
            // A curly apostrophe sends the same words down the Character path.
            let curly = WordTokens(text.replacingOccurrences(of: "'", with: "\u{2019}"))
            let plain = WordTokens(text)
            #expect(plain.bytes != nil && curly.bytes == nil)
            #expect(plain.tokens.map(\.text) == curly.tokens.map(\.text))
            #expect(plain.tokens.map(\.folded) == curly.tokens.map(\.folded))
            #expect(plain.tokens.map(\.range) == curly.tokens.map(\.range))
            #expect(AcronymShape.isAcronym("ACEs") && AcronymShape.isAcronym("MoJ") && !AcronymShape.isAcronym("McDonald") && !AcronymShape.isAcronym("Q3"))
        }
    }

    /// Due periods found through the clues equal those of every pattern searching the whole sentence.
    @Test func duePeriodCluesFindWhatTheFullSearchFinds() throws {
        let regexes = try DuePeriodFinder.patterns.map { try Regex($0).ignoresCase() }
        func reference(_ sentence: String) -> (String, String?, Int, Int)? {
            var best: (range: Range<String.Index>, period: String, relation: String?)?
            for regex in regexes {
                guard let match = try? regex.firstMatch(in: sentence) else { continue }
                let period = match.output["period"]?.substring.map(String.init) ?? String(match.output[0].substring ?? "")
                let relation = match.output["relation"]?.substring.map { String($0).lowercased() }
                if best == nil || match.range.lowerBound < best!.range.lowerBound { best = (match.range, period, relation) }
            }
            return best.map { ($0.period, $0.relation, sentence.distance(from: sentence.startIndex, to: $0.range.lowerBound),
                               sentence.distance(from: sentence.startIndex, to: $0.range.upperBound)) }
        }
        let fragments = ["by", "from", "in", "for", "during", "before", "until", "after", "starting", "starting in", "by the end of",
                         "end of", "within", "over", "at", "the", "next", "end", "of", "March", "may", "DECEMBER", "xMarch", "2022",
                         "2021/22", "2021 / 2022", "12021/22", "202", "6", "six", "twenty-four", "months", "days", "year", "weeks",
                         "Q3", "q4", "FAQ3", "quarter", "quarter two", "Quarter 1", "autumn", "Summer term", "term", "financial year",
                         "academic year", "work", "will", "be", "today", "(", ")", ",", ".", "-", "2023.", "by2022", "Ofsted", "Monday"]
        let separators = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "", "-", "/"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let finder = DuePeriodFinder.shared
        var matched = 0
        for _ in 0..<3000 {
            var sentence = ""
            for _ in 0..<(1 + next(14)) { sentence += fragments[next(fragments.count)] + separators[next(separators.count)] }
            let tokens = WordTokens(sentence)
            let piece = DocumentPiece(location: SearchLocation(item: .introduction, zone: .text, block: 0), text: sentence, item: nil, lines: nil)
            let found = finder.duePeriod(in: sentence, offset: 0, piece: piece, tokens: tokens)
            let want = reference(sentence)
            if want != nil { matched += 1 }
            #expect(found?.period == want?.0 && found?.relation == want?.1 && found?.evidence.range == want.map { $0.2..<$0.3 },
                    "\(sentence.debugDescription)")
        }
        #expect(matched > 1000, "the sentences should often state a period")
    }
}
