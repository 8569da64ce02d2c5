@testable import Content
import Testing

/// The parser's byte-level checks agree with the rules they stand in for, character by character.
@Suite struct ParserByteCheckTests {
    @Test func controlCharactersAreFoundAsTerminalSafeDefinesThem() {
        let allowed: Set<Unicode.Scalar> = ["\t", "\n", "\r", "\u{0C}"]
        let samples = (0x00...0x2FF).compactMap(Unicode.Scalar.init) + (0x2000...0x20FF).compactMap(Unicode.Scalar.init)
            + ["’", "“", "—", "€", "😀"]
        for scalar in samples {
            let expected = TerminalSafe.isShownVisibly(scalar) && !allowed.contains(scalar)
            for text in ["\(Character(scalar))", "a \(Character(scalar)) b", "word\(Character(scalar))"] {
                #expect(ReviewParser.hasControlCharacters(text) == expected, "U+\(String(scalar.value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test func caseInsensitiveWordsAreFoundInAnyCaseAndNowhereElse() {
        let words = ["recommendation", "learning", "finding"]
        #expect(TextShape.containsAnyCaseInsensitive("Recommendation\tAction\tLead", words))
        #expect(TextShape.containsAnyCaseInsensitive("KEY FINDINGS / Lead", words))
        #expect(TextShape.containsAnyCaseInsensitive("the learning", words))
        #expect(!TextShape.containsAnyCaseInsensitive("Recommendatio", words))
        #expect(!TextShape.containsAnyCaseInsensitive("", words))
        #expect(!TextShape.containsAnyCaseInsensitive("Lëarning", words))
    }

    @Test func datesAreStillFoundAfterTheDigitCheck() {
        #expect(TimelineEntry.date(opening: "March 2021: Training began.") == "March 2021")
        #expect(TimelineEntry.date(opening: "Update June 2022: done") == "June 2022")
        #expect(TimelineEntry.date(opening: "12/03/2021 - audit") == "12/03/2021")
        #expect(TimelineEntry.date(opening: "March saw training.") == nil)
    }
}

extension ParserByteCheckTests {
    @Test func exactBytesAreFoundOnlyAsWritten() {
        #expect(TextShape.containsASCII("Recommendation / Action / Lead", " / "))
        #expect(!TextShape.containsASCII("and/or", " / "))
        #expect(!TextShape.containsASCII(" /", " / "))
        #expect(!TextShape.containsASCII("A / B".uppercased(), "a / b"))
    }
}
