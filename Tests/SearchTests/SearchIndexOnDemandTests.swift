@testable import Content
import Testing
@testable import Learning
@testable import Search

/// The browser's search index, built when a search first needs it rather than when the document opens.
@Suite struct SearchIndexOnDemandTests {
    static let childJ = DocumentLoader.builtInDocument()

    func answers(_ index: SearchIndex, _ query: String) throws -> (recommendations: [Int], matches: [Place]) {
        let result = index.run(try SearchQuery(parsing: query))
        return (result.recommendations, result.matches)
    }

    @Test func nothingIsBuiltUntilTheIndexIsAskedFor() {
        let onDemand = SearchIndexOnDemand(document: Self.childJ, learning: LearningIndex(document: Self.childJ))
        #expect(!onDemand.isBuilt)
        _ = onDemand.index
        #expect(onDemand.isBuilt)
    }

    @Test func itAnswersAsAnIndexBuiltAtOnceDoes() throws {
        let learning = LearningIndex(document: Self.childJ)
        let onDemand = SearchIndexOnDemand(document: Self.childJ, learning: learning)
        let atOnce = SearchIndex(document: Self.childJ, learning: learning)
        for query in ["reachable", "\"reachable moment\"", "exclu*", "training -NRM", "status:planned", "agency:police school"] {
            let (expected, got) = (try answers(atOnce, query), try answers(onDemand.index, query))
            #expect(got.recommendations == expected.recommendations, "\(query)")
            #expect(got.matches == expected.matches, "\(query)")
        }
    }

    /// A key typed while the background build runs waits for that build: one index, whoever asks first.
    @Test func askingWhileABackgroundBuildRunsGetsThatBuild() async throws {
        let onDemand = SearchIndexOnDemand(document: Self.childJ, learning: LearningIndex(document: Self.childJ))
        onDemand.prepareInBackground()
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<4 { group.addTask { onDemand.index.run(try! SearchQuery(parsing: "reachable")).matchCount } }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts == [4, 4, 4, 4])
        // Asking again, or preparing once built, builds nothing more.
        onDemand.prepareInBackground()
        #expect(try answers(onDemand.index, "reachable").matches.count == 4)
    }
}
