@testable import Content
import Foundation
import TestFixtures
import Testing

/// Fingerprints are stored in users' notes files, so the byte-level shingle hashing must give exactly
/// the hashes of the String way it replaced, kept here as the reference, on every text we can find.
@Suite struct TextFingerprintReferenceTests {
    /// The fingerprint as first written: a String per word and per word pair, hashed, deduplicated, sorted.
    static func reference(_ text: String, capacity: Int) -> [UInt32] {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        var shingles = Set<UInt32>()
        if words.count == 1 { shingles.insert(StableHash.fnv1a32(words[0])) }
        for index in words.indices.dropLast() {
            shingles.insert(StableHash.fnv1a32(words[index] + " " + words[index + 1]))
        }
        return Array(shingles.sorted().prefix(capacity))
    }

    static func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for capacity in [1, TextFingerprint.defaultCapacity, DocumentIdentity.fingerprintCapacity, Int.max] {
            let fast = TextFingerprint(text, capacity: capacity).hashes
            let reference = reference(text, capacity: capacity)
            #expect(fast == reference, "capacity \(capacity): \(text.debugDescription.prefix(200))", sourceLocation: sourceLocation)
            if fast != reference { return }
        }
    }

    static func texts(of document: ReviewDocument) -> [String] {
        document.recommendations.map(\.fullText) + document.introduction.map(\.plainText)
            + [document.recommendations.map(\.fullText).joined(separator: "\n")]
    }

    @Test func everyFixtureAndChildJHashAsBefore() throws {
        #expect(!FixtureFile.all.isEmpty)
        for fixture in FixtureFile.all {
            let text = try fixture.text()
            Self.expectSame(text)
            for part in Self.texts(of: try fixture.parse()) { Self.expectSame(part) }
        }
        Self.expectSame(ChildJ.text)
        for part in Self.texts(of: ChildJ.document) { Self.expectSame(part) }
    }

    @Test func edgeCasesHashAsBefore() {
        let cases = ["", " ", "word", "Word.", "two words", "e\u{301}clair", "A\u{301} b", "- \u{301}x y", "x\r\ny z",
                     "\u{0600}1 2 3", "ΟΔΟΣ ΚΑΙ", "İstanbul IŞIK", "👩‍👧 family 👍🏽 ok", "café’s “naïve” army", "½ and ٣ and 3",
                     "tab\there", "\u{200D}a b", "a\u{FE0F} b", "🇬🇧🇫🇷 uk fr"]
        for text in cases { Self.expectSame(text) }
    }

    @Test func randomMixedTextsHashAsBefore() {
        // A seeded LCG (its high bits), so a failure is the same on every run.
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 24
        }
        let pieces = ["care", "Plan", "THE", "2025", "café", "e\u{301}", "\u{301}", "\u{308}", "’", "‘", "“", "”", "\r\n", "\n", "\r",
                      " ", "  ", "-", ".", "—", "👩‍👧", "👍🏽", "🇬🇧", "\u{FE0F}", "\u{200D}", "Σ", "σ", "ς", "ΟΔΟΣ", "ΟΔΟ", "İ", "ı", "I",
                      "ß", "東京", "\t", "\u{0600}", "x", "A1", "½", "٣", "ǅ", "ﬁ", "Ä", "ÿ"]
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<Int(next() % 24) {
                let roll = next()
                if roll % 3 == 0 {
                    text.unicodeScalars.append(Unicode.Scalar(UInt8((roll >> 8) & 0x7F)))
                } else {
                    // Capital sigma in one round of four only: a text with it takes the String path whole, so most texts test the byte path.
                    let piece = pieces[Int((roll >> 16) % UInt64(pieces.count))]
                    text += round % 4 != 0 && piece.contains("Σ") ? "s" : piece
                }
            }
            Self.expectSame(text)
        }
    }
}
