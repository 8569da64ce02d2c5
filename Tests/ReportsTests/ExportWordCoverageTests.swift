import Content
import Foundation
import Reports
import TestFixtures
import Testing

/// Issue 11: nothing the model holds is dropped by the exports, on every fixture; a subtitle line and
/// the "E1." codes of a letter-coded document included.
@Suite struct ExportWordCoverageTests {
    static let documents: [String] = ["Child J"] + FixtureFile.all.map(\.name)

    private enum LayoutBullets { static let all: Set<Character> = ["•", "*", "▪", "◦", "●", "·", "‣", "○"] }

    private func document(_ name: String) throws -> ReviewDocument {
        name == "Child J" ? ChildJ.document : try FixtureFile.named(name).parse()
    }

    @Test(arguments: documents)
    func jsonHoldsEveryWord(_ name: String) throws {
        let document = try document(name)
        let json = try JSONExporter.export(document)
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8))
        expectCovered(comparable(modelWords(document)), by: comparable(strings(in: root).flatMap(words)), in: "JSON of \(name)")
    }

    @Test(arguments: documents)
    func markdownHoldsEveryWord(_ name: String) throws {
        let document = try document(name)
        // Markdown escapes punctuation with a backslash and marks emphasis with asterisks.
        let markdown = MarkdownExporter.export(document).replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "**", with: " ")
        let exported = words(markdown).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "#")) }
        expectCovered(comparable(modelWords(document)), by: comparable(exported), in: "Markdown of \(name)")
    }

    @Test func aSubtitleAndLetterCodesReachBothExports() throws {
        let document = try FixtureFile.named("ashby-letter-codes.txt").parse()
        let markdown = MarkdownExporter.export(document)
        #expect(markdown.contains("Thematic review of neglect in families with younger children"))
        #expect(markdown.contains("### E1\n") && markdown.contains("### PR2\n"))
        let json = try JSONExporter.export(document)
        #expect(json.contains("\"heading\" : \"PR1.\""))
        #expect(json.contains("\"kind\" : \"partially accepted\""))
    }

    /// Words as both sides can hold them: a term's or a heading's trailing colon, dash or stop is layout
    /// ("Basics:" is the term "Basics"; "Recommendation 5." is "### Recommendation 5"), and a bullet
    /// ("•", "*") becomes Markdown's own.
    private func comparable(_ words: [String]) -> [String] {
        words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ":–—-.")) }
            .filter { !$0.isEmpty && !$0.allSatisfy { LayoutBullets.all.contains($0) } }
    }

    private func strings(in value: Any) -> [String] {
        switch value {
        case let string as String: return [string]
        case let array as [Any]: return array.flatMap(strings)
        case let object as [String: Any]: return object.keys.sorted().flatMap { strings(in: object[$0]!) }
        default: return []
        }
    }

    /// Each word of the model occurs in the export at least as often (order aside: exports lay things out their way).
    private func expectCovered(_ model: [String], by exported: [String], in what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var available: [String: Int] = [:]
        for word in exported { available[word, default: 0] += 1 }
        var missing: [String] = []
        for word in model {
            if available[word, default: 0] > 0 { available[word]! -= 1 } else { missing.append(word) }
        }
        #expect(missing.isEmpty, "\(what) lacks \(missing.prefix(20))", sourceLocation: sourceLocation)
    }
}
