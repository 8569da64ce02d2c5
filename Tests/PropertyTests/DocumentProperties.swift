import Content
import Foundation
import PropertyBased
import Reports
import TestFixtures
import Testing

/// Properties every document must keep, over generated documents of the family and mutated fixtures
/// (issue 14): the parser ends; every word of the input is in the model exactly as often as in the input,
/// except the page furniture `check` reports; every id the model has is found; no output carries a raw
/// control character.
@Suite(.timeLimit(.minutes(4))) struct DocumentProperties {
    static let recipe = Gen.int(in: GeneratedDocument.pieceKinds).array(of: 0...60)
    static let lineEnding = Gen.int(in: 0...2)

    @Test func generatedDocumentsKeepEveryWord() async {
        await propertyCheck(count: 100, input: Self.recipe, Self.lineEnding) { recipe, ending in
            let generated = GeneratedDocument(recipe: recipe, lineEnding: ending)
            expectProperties(of: generated.text, named: generated.description)
        }
    }

    /// A fixture (or Child J) with lines deleted, repeated, swapped, joined or broken by a page break,
    /// and its line endings changed.
    @Test func mutatedFixturesKeepEveryWord() async {
        let sources = [ChildJ.text] + FixtureFile.all.compactMap { try? $0.text() }
        let mutation = zip(Gen.int(in: 0...5), Gen.int(in: 0...100_000)).array(of: 1...6)
        await propertyCheck(count: 30, input: Gen.int(in: 0...(sources.count - 1)), mutation, Self.lineEnding) { index, mutations, ending in
            let text = FixtureMutation.apply(mutations, to: sources[index], lineEnding: ending)
            expectProperties(of: text, named: "source \(index), mutations \(mutations), ending \(ending)")
        }
    }
}

/// The properties of one text: checked for generated documents, mutated fixtures and shrunk counterexamples.
func expectProperties(of text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let document = ReviewParser.parse(text, source: "generated.txt", explaining: true)
    let model = modelWords(document).sorted()
    let source = sourceWords(text, minus: document.furniture, tableLines: tableLines(document)).sorted()
    if let mismatch = wordMismatch(model: model, source: source) {
        Issue.record("\(name): words lost or added (sorted): \(mismatch)", sourceLocation: sourceLocation)
    }
    for recommendation in document.recommendations {
        // A repeated number finds its first recommendation (and `check` warns); that one's parts are found.
        guard let found = document.recommendation(recommendation.id) else {
            Issue.record("\(name): recommendation \(recommendation.id) is not found", sourceLocation: sourceLocation)
            continue
        }
        for part in found.parts where document.part(part.id) == nil {
            Issue.record("\(name): part \(part.id) is not found", sourceLocation: sourceLocation)
        }
    }
    var outputs = [
        "plain text": PlainTextRenderer(width: 60).render(document),
        "Markdown": MarkdownExporter.export(document),
        "check": CheckReport.lines(for: document, name: "generated.txt").joined(separator: "\n"),
    ]
    outputs["JSON"] = try? JSONExporter.export(document)
    for recommendation in document.recommendations {
        outputs["show \(recommendation.id)"] = PlainTextRenderer(width: 40).render(recommendation)
    }
    for (output, rendered) in outputs {
        if let control = rendered.unicodeScalars.first(where: isRawControl) {
            Issue.record("\(name): \(output) holds a raw U+\(String(control.value, radix: 16))", sourceLocation: sourceLocation)
        }
    }
}

/// A control a terminal could obey: C0 but newline, DEL, C1, and bidirectional overrides.
func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: return false
    case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}

/// Counterexamples the properties found, shrunk, kept so they are checked on every run.
@Suite struct ShrunkCounterexamples {
    /// Northbridge with its first line repeated: the repeated byte-order mark is trimmed as layout.
    @Test func repeatedFirstLineWithAByteOrderMark() throws {
        let text = try FixtureFile.named("northbridge-child-m-paged.txt").text()
        expectProperties(of: FixtureMutation.apply([(1, 0)], to: text, lineEnding: 0), named: "northbridge, first line repeated")
    }
}
