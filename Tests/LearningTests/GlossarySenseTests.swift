@testable import Content
import Testing
@testable import Learning

/// Of an acronym's senses in the glossary files, the one the document's own words point to comes first.
@Suite struct GlossarySenseTests {
    static let index = LearningIndex(document: DocumentLoader.builtInDocument())

    @Test func anAcronymsSenseFollowsTheDocumentsOwnWords() throws {
        // Child J's PACE sits beside "a trauma-informed approach"; the file lists the Police and Criminal Evidence Act first.
        let pace = try #require(Self.index.glossary.entry(for: "PACE"))
        #expect(pace.expansion.hasPrefix("Playfulness, Acceptance, Curiosity and Empathy"))
        #expect(pace.otherExpansions == ["Police and Criminal Evidence Act 1984"])
        guard case let .fieldGlossary(file, line) = pace.source else { Issue.record("not from the glossary file"); return }
        #expect(file == "glossary.txt")
        #expect(line == 33)
        // Where nothing around it points to one sense, the file's first sense stands.
        let plain = LearningIndex(document: ReviewParser.parse("Recommendation 1\n\nThe PSCP should review PACE.\n\nAction Taken:\n\nDone.\n", source: "p.txt"))
        #expect(plain.glossary.entry(for: "PACE")?.expansion == "Police and Criminal Evidence Act 1984")
    }
}
