@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Learning

/// National data built in, local data local: the built-in lists know no one area, a document's
/// own agencies and acronyms come from its local data (`NAME.local.txt` beside it), and "the
/// Local Authority" is nobody in particular until a document's local data says who it is.
@Suite struct LocalDataTests {
    static let oakridge = "oakridge-child-r-local-authority.txt"

    @Test func theBuiltInListsAreNational() {
        let local = ["Portsmouth", "PSCP", "HIPS", "Hampshire", "North Yorkshire", "Delivery Group", "Mediation Service"]
        let national = LearningData.builtIn
        let phrases = national.agencies.flatMap(\.phrases) + national.glossary.flatMap { [$0.acronym, $0.expansion] }
        for word in local {
            #expect(!phrases.contains { $0.contains(word) }, "\(word) is in the national data")
        }
        #expect(national.agencies.contains { $0.name == "Local Authority" && $0.shortName == "LA" })
    }

    @Test func anotherPartnershipsLocalAuthorityIsNotPortsmouths() throws {
        let fixture = try FixtureFile.named(Self.oakridge)
        let index = LearningIndex(document: try DocumentLoader.load(path: fixture.url.path))
        let first = try #require(index.recommendations.first)
        #expect(first.agencies.addressedTo.map(\.agency) == ["Local Authority"])
        #expect(first.agencies.addressedTo.first?.evidence.map(\.text) == ["The Local Authority should"])
        let everyAgency = index.recommendations.flatMap(\.agencies.allAgencies)
        #expect(!everyAgency.contains { $0.contains("Portsmouth") })
        #expect(!index.agencies.contains { $0.name.contains("Portsmouth") })
    }

    @Test func childJsLocalAuthorityIsPortsmouthCityCouncil() throws {
        let index = LearningIndex(document: ChildJ.document)
        let council = try #require(index.agencies.first { $0.name == "Portsmouth City Council" })
        #expect(council.aliases.contains("the Local Authority"))
        #expect(!index.agencies.contains { $0.name == "Local Authority" })
        #expect(index.learning(for: 5)?.agencies.addressedTo.map(\.agency).contains("Portsmouth City Council") == true)
        // Without its local data, the same text names no one in particular.
        var national = ChildJ.document
        national.localData = nil
        let generic = LearningIndex(document: national)
        #expect(generic.learning(for: 5)?.agencies.addressedTo.map(\.agency).contains("Local Authority") == true)
        #expect(!generic.agencies.contains { $0.name.contains("Portsmouth City Council") })
    }

    @Test func aSidecarBesideTheDocumentSaysWhoTheLocalAuthorityIs() throws {
        let copy = try FixtureCopy(of: Self.oakridge, localData: """
            # Oakridge's own bodies
            [agencies]
            Oakridge Borough Council: the Local Authority; Local Authority

            [glossary]
            OFD = Oakridge Front Door
            """)
        defer { copy.remove() }
        let document = try DocumentLoader.load(path: copy.path)
        #expect(document.localData?.fileName == copy.localDataName)
        let index = LearningIndex(document: document)
        #expect(index.recommendations.first?.agencies.addressedTo.map(\.agency) == ["Oakridge Borough Council"])
        let ofd = try #require(index.glossary.entry(for: "OFD"))
        #expect(ofd.expansion == "Oakridge Front Door")
        #expect(ofd.source == .fieldGlossary(file: copy.localDataName, line: 6))
        #expect(index.glossary.entry(for: "GP")?.source == .fieldGlossary(file: "glossary.txt", line: 57))
    }

    @Test func childJsLocalDataIsClean() {
        #expect(LocalDataFile.data(of: ChildJ.document).issues == [])
        #expect(LocalDataFile.data(of: ChildJ.document).glossary.map(\.acronym) == ["PSCP", "HIPS"])
    }

    @Test func theLocalFormatReusesTheNationalLinesAndKeepsLineNumbers() {
        let data = LocalDataFile.parse("""
            Stray: line
            [agencies]
            Westshire Council (WC): the Council
            no colon here
            [glossary]
            # a comment
            WC = Westshire Council
            [people]
            Anyone: at all
            [ Themes ]
            Neglect: home conditions
            """, file: "w.local.txt")
        #expect(data.agencies.map(\.name) == ["Westshire Council"])
        #expect(data.agencies.first?.line == 3)
        #expect(data.glossary == [GlossaryDefinition(acronym: "WC", expansion: "Westshire Council", file: "w.local.txt", line: 7)])
        #expect(data.themes.map(\.name) == ["Neglect"])
        #expect(data.themes.first?.line == 11)
        #expect(data.issues.map(\.line) == [1, 8, 4])
        #expect(data.issues.allSatisfy { $0.file == "w.local.txt" })
    }

    @Test func aHigherLayerWins() {
        let national = LearningData(
            glossary: [GlossaryDefinition(acronym: "LA", expansion: "Local Authority", line: 1)],
            agencies: [AgencyDefinition(name: "Local Authority", shortName: "LA", aliases: ["the Local Authority"], line: 1),
                       AgencyDefinition(name: "Police", aliases: ["police", "Westshire Police"], line: 2)],
            themes: [ThemeDefinition(name: "Neglect", signals: ["neglect"], line: 1)])
        let local = LearningData(
            glossary: [GlossaryDefinition(acronym: "LA", expansion: "Learning Academy", file: "x.local.txt", line: 5)],
            agencies: [AgencyDefinition(name: "Police", aliases: ["Westshire Constabulary"], line: 1),
                       AgencyDefinition(name: "Westshire Council", aliases: ["Local Authority", "Westshire Police"], line: 2),
                       AgencyDefinition(name: "Westshire Academy Trust", aliases: [], line: 3)],
            themes: [ThemeDefinition(name: "neglect", signals: ["home conditions"], line: 1),
                     ThemeDefinition(name: "Housing", signals: ["housing"], line: 2)])
        let merged = LearningData.layered([national, local])
        // The council claims the national agency's name, so it stands in its place; the Police gain an alias and lose one.
        #expect(merged.agencies.map(\.name) == ["Westshire Council", "Police", "Westshire Academy Trust"])
        #expect(merged.agencies[1].aliases == ["police", "Westshire Constabulary"])
        #expect(merged.glossary.map(\.expansion) == ["Learning Academy", "Local Authority"])
        #expect(merged.themes.map(\.name) == ["Neglect", "Housing"])
        #expect(merged.themes[0].signals == ["neglect", "home conditions"])
        #expect(LearningData.layered([national]) == national)
    }
}
