import Foundation
import TestFixtures
import Testing

/// Issue 11's nothing-lost test runs over every fixture of every format: the PDF and Word lists come
/// from their folders, so every file there is either read by the word-count tests or refused by name.
@Suite struct FixtureCoverageTests {
    @Test func everyPDFIsReadOrRefusedByName() throws {
        let directory = try #require(PDFFixture.directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".pdf") }
        let refused: Set<String> = ["damaged.pdf", "password-protected.pdf", "scanned-no-text.pdf"]
        #expect(PDFFixture.readable.count >= 3)
        #expect(Set(files) == Set(PDFFixture.readable.map { $0.name + ".pdf" }).union(refused))
    }

    @Test func everyWordFileIsReadOrDamaged() throws {
        let directory = try #require(FixtureFile.directory?.appendingPathComponent("docx"))
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".docx") }
        #expect(WordFixture.readable.count >= 3)
        #expect(files.filter { !$0.hasPrefix("damaged-") }.sorted() == WordFixture.readable.map(\.name))
    }
}
