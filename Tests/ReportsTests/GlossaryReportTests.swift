@testable import Content
import Testing
@testable import Learning
@testable import Reports

/// `casebook glossary` lines.
@Suite struct GlossaryReportTests {
    @Test func everyAcronymWithItsExpansionSourceAndPlaces() {
        let learning = LearningIndex(document: DocumentLoader.builtInDocument())
        let lines = GlossaryReport.lines(for: learning, width: 200)
        let text = lines.joined(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("CCE    Child Criminal Exploitation (defined in the document") })
        #expect(lines.contains { $0.hasPrefix("ACE    Adverse Childhood Experience (glossary.txt, line 30;") })
        #expect(text.contains("occurs in 3a, section 2, 8, 9"))
        #expect(lines.contains { $0.hasPrefix("ICTG   Independent Child Trafficking Guardians") })
        #expect(text.contains("Playfulness, Acceptance, Curiosity and Empathy"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 200 || !$0.contains(" ") })
    }
}
