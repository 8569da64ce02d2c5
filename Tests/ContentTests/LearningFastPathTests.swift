@testable import Content
import Testing

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
}
