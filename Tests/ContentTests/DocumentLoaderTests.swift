@testable import Content
import Foundation
import TestFixtures
import Testing

/// Opening files: what is refused, with which one-line message, and what is read with a warning.
@Suite struct DocumentLoaderTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(UUID().uuidString).txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func loadError(_ path: String) -> String? {
        do {
            _ = try DocumentLoader.load(path: path)
            return nil
        } catch { return error.message }
    }

    @Test func readsAFixtureFromDisk() throws {
        let fixture = try FixtureFile.named("anytown-child-k.txt")
        let document = try DocumentLoader.load(path: fixture.url.path)
        #expect(document == ReviewParser.parse(try fixture.text(), source: fixture.url.path))
        #expect(document.source == fixture.url.path)
    }

    @Test func noPathMeansTheBuiltInDocument() throws {
        #expect(try DocumentLoader.load(path: nil, explaining: true) == ChildJ.document)
    }

    @Test func refusals() throws {
        #expect(loadError("/nonexistent/casebook.txt")?.hasSuffix("no such file") == true)
        #expect(loadError(FileManager.default.temporaryDirectory.path)?.contains("is a directory") == true)
        let binary = try temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1])
        defer { try? FileManager.default.removeItem(atPath: binary) }
        #expect(loadError(binary)?.hasSuffix("is a binary file, not a text document") == true)
        let empty = try temporaryFile(Array(" \n\u{FEFF}\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(loadError(empty)?.hasSuffix("is empty") == true)
    }

    /// Issue 14: one byte over the cap said "is 64 MB; … up to 64 MB". The sizes now differ where they are compared.
    @Test func aFileOverTheCapSaysByHowMuch() throws {
        let path = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(DocumentLoader.maximumBytes + 1))
        try handle.close()
        let message = try #require(loadError(path))
        #expect(message == "\(path): is too large (64.0 MB, 67,108,865 bytes); casebook opens files up to 64 MB (67,108,864 bytes)")
    }

    @Test func sizesAreWrittenSoTheyCanBeCompared() {
        #expect(DocumentLoader.describeSize(67_108_864) == "64.0 MB, 67,108,864 bytes")
        #expect(DocumentLoader.describeSize(104_857_600 + 52_428) == "100.0 MB, 104,910,028 bytes")
        #expect(DocumentLoader.describeSize(999) == "0.0 MB, 999 bytes")
    }

    @Test func invalidUTF8IsReadWithAWarning() throws {
        let path = try temporaryFile(Array("Org\n\nTitle\n\nCaf".utf8) + [0xE9] + Array(" text.\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try DocumentLoader.load(path: path)
        #expect(document.warnings.first?.message.contains("not valid UTF-8") == true)
        #expect(document.introduction.first?.text == "Caf\u{FFFD} text.")
        #expect(DocumentLoader.hadUndecodableBytes(document))
    }

    /// The command line reports undecodable bytes from the document, not from bytes it kept for that.
    @Test func validTextHasNoUndecodableBytesEvenWithAReplacementCharacterInIt() throws {
        let path = try temporaryFile(Array("Org\n\nTitle\n\nCaf\u{FFFD} text.\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try DocumentLoader.load(path: path)
        #expect(!DocumentLoader.hadUndecodableBytes(document))
        #expect(document.introduction.first?.text == "Caf\u{FFFD} text.")
    }
}
