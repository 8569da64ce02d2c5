@testable import Content
import Testing
@testable import Learning

/// The editable data files' parsers: good lines kept, malformed lines reported with their line numbers.
@Suite struct LearningDataFileTests {
    struct Expected: Decodable {
        struct File: Decodable {
            var entries: [String]
            var issueLines: [Int]
        }
        var glossary: File
        var agencies: File
        var themes: File
    }

    static func expected() throws -> Expected { try LearningFixtures.json("malformed.expected") }

    @Test func glossaryKeepsGoodLinesAndReportsBadOnes() throws {
        let parsed = GlossaryFile.parse(try LearningFixtures.text("malformed-glossary"))
        let want = try Self.expected().glossary
        #expect(parsed.definitions.map(\.acronym) == want.entries)
        #expect(parsed.issues.map(\.line) == want.issueLines)
        #expect(parsed.issues.allSatisfy { $0.file == "glossary.txt" && !$0.message.isEmpty && !$0.text.isEmpty })
        #expect(parsed.definitions.first?.line == 2)
    }

    @Test func agenciesKeepGoodLinesAndReportBadOnes() throws {
        let parsed = AgencyFile.parse(try LearningFixtures.text("malformed-agencies"))
        let want = try Self.expected().agencies
        #expect(parsed.agencies.map(\.name) == want.entries)
        #expect(parsed.issues.map(\.line) == want.issueLines)
        let justice = parsed.agencies.first { $0.name == "Ministry of Justice" }
        #expect(justice?.shortName == "MoJ")
        #expect(justice?.phrases == ["Ministry of Justice", "MoJ", "MOJ"])
        #expect(parsed.agencies.first { $0.name == "Barnardo's" }?.aliases == ["Barnardos"])
    }

    @Test func themesKeepGoodLinesAndReportBadOnes() throws {
        let parsed = ThemeFile.parse(try LearningFixtures.text("malformed-themes"))
        let want = try Self.expected().themes
        #expect(parsed.themes.map(\.name) == want.entries)
        #expect(parsed.issues.map(\.line) == want.issueLines)
        #expect(parsed.themes.first?.signals == ["foster*", "carers"])
    }

    @Test func issuesReadAsOneLineForTheUser() {
        let issue = ThemeFile.parse("\n\nmissing children\n").issues.first
        #expect(issue?.description == "themes.txt line 3: expected Theme name: signal; signal: missing children")
    }

    @Test func learningDataCollectsTheIssuesOfAllThreeFiles() {
        let data = LearningData(glossaryText: "CCE Child\n", agenciesText: "Police\n", themesText: "# only a comment\n")
        #expect(data.issues.map(\.file) == ["glossary.txt", "agencies.txt"])
        #expect(data.glossary.isEmpty && data.agencies.isEmpty && data.themes.isEmpty)
    }

    @Test func aliasCaseFollowsSmartCaseAndLongerAliasesWin() {
        let agencies = AgencyFile.parse("""
            Education: schools; Education Service
            Department for Education (DfE):
            Portsmouth City Council: LA
            """).agencies
        let data = LearningData(agencies: agencies)
        let document = LearningFixtures.document(response: [
            "Schools and the Department for Education were told; mainstream education and la la land were not.",
            "The LA has agreed.",
        ])
        let named = LearningIndex(document: document, data: data).recommendations[0].agencies.namedInResponse
        #expect(named.map(\.agency) == ["Education", "Department for Education", "Portsmouth City Council"])
        #expect(named.map { $0.evidence.map(\.text) } == [["Schools"], ["Department for Education"], ["LA"]])
    }

    @Test func themeSignalsMatchPrefixesAndHyphenatedWords() {
        let themes = ThemeFile.parse("""
            education and exclusion: exclu*
            multi-agency strategy: multi-agency
            """).themes
        let document = LearningFixtures.document(response: ["Exclusions fell after multi agency work; one pupil was excluded."])
        let found = LearningIndex(document: document, data: LearningData(themes: themes)).recommendations[0].themes
        #expect(found.map(\.theme) == ["education and exclusion", "multi-agency strategy"])
        #expect(found.map { $0.evidence.map(\.text) } == [["Exclusions", "excluded"], ["multi agency"]])
        #expect(found.first?.signals == ["Exclusions", "excluded"])
    }
}
