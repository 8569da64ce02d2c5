import Content
import Testing
import TestFixtures

/// The `--explain` rules are kept only when asked for (`explaining`), since nothing else reads them:
/// asking for them changes nothing else, and they are the rules the parser always made.
@Suite struct ExplainingParseTests {
    @Test(arguments: FixtureFile.all)
    func explainingKeepsTheRulesAndChangesNothingElse(_ fixture: FixtureFile) throws {
        let hints = ParseHintsSidecar.read(beside: fixture.url.path).hints
        let plain = ReviewParser.parse(try fixture.text(), source: fixture.name, hints: hints)
        var explained = ReviewParser.parse(try fixture.text(), source: fixture.name, hints: hints, explaining: true)
        #expect(plain.lineRules.isEmpty)
        #expect(!explained.lineRules.isEmpty)
        explained.lineRules = []
        #expect(explained == plain)
    }

    @Test func theBuiltInDocumentKeepsItsRulesOnlyWhenAsked() {
        #expect(DocumentLoader.builtInDocument().lineRules.isEmpty)
        #expect(DocumentLoader.builtInDocument(explaining: true).lineRules.count > 50)
    }
}
