import Foundation
@testable import Library
import Testing

@Suite struct PassageSnippetTests {
    /// The earliest of the words as Foundation finds it, case and accents ignored: what the snippet's
    /// plain-text search must agree with.
    func foundationRange(_ word: String, in text: String) -> Range<String.Index>? {
        text.range(of: word, options: [.caseInsensitive, .diacriticInsensitive])
    }

    @Test func theTextSearchFindsWhatFoundationFindsInPlainAndAccentedText() {
        let texts = ["The POLICE should review Missing episodes; police and policy.",
                     "County lines: the police, the county, the lines.",
                     "Café staff and the cafe; naïve NAIVE naive.",
                     "Straße and STRASSE; the Kelvin sign \u{212A} and k.",
                     "Line one\r\nline two\r\n", "", "po", "a b  c\td"]
        let words = ["police", "POLICE", "po", "county lines", "cafe", "café", "naive", "strasse", "k", "line", "two",
                     "b  c", "d", "e", "zzz", "review missing"]
        for text in texts {
            for word in words {
                #expect(PassageSnippet.range(of: word, in: text) == foundationRange(word, in: text), "\(word) in \(text)")
            }
        }
    }

    @Test func theTextSearchAgreesWithFoundationOverRandomPlainText() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcABC xyzXYZ.,;-")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            let word = String((0..<Int.random(in: 1...3, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            #expect(PassageSnippet.range(of: word, in: text) == foundationRange(word, in: text), "\(word) in \(text)")
        }
    }

    /// Plain ASCII passages are cut by their bytes: the same snippets as by characters, whatever the
    /// whitespace (tabs, line and page breaks, a carriage return) and wherever the words fall.
    @Test func theSnippetOfPlainTextIsTheOneMadeByCharacters() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdeABC xyz.,;-\t\n\u{0B}\u{0C}\u{1F}  ")
        // One in four texts has one character that is not plain ASCII, or a carriage return.
        let others: [Character] = ["\r\n", "\r", "é"]
        let words = ["abc", "ab", "x", "xyz ab", "Z", "é", "cde"]
        for _ in 0..<3_000 {
            var text = String((0..<Int.random(in: 0...240, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            if Int.random(in: 0..<4, using: &generator) == 0 {
                text.insert(others.randomElement(using: &generator)!, at: text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &generator)))
            }
            let asked = (0..<Int.random(in: 1...2, using: &generator)).map { _ in words.randomElement(using: &generator)! }
            let before = Int.random(in: 0...40, using: &generator), after = Int.random(in: 0...80, using: &generator)
            #expect(PassageSnippet.around(asked, in: text, before: before, after: after)
                    == PassageSnippet.aroundByCharacters(asked, in: text, before: before, after: after), "\(asked) in \(text.debugDescription)")
        }
    }

    @Test func theSnippetIsTheWordsSurroundingsOnOneLine() {
        let text = String(repeating: "Earlier words here. ", count: 4) + "The Police will review\nmissing episodes by March."
        #expect(PassageSnippet.around(["police"], in: text) == "…Earlier words here. The Police will review missing episodes by March.")
        #expect(PassageSnippet.around(["nowhere"], in: "Short text.") == "Short text.")
    }
}
