import Content
import Foundation
import Formats

/// The 40-page PDF fixture (about 150 KB of text, made by Scripts/fixtures/make-pdf-fixtures.py), read
/// from the source tree: opening it goes through poppler, so the bytes are the file's own.
enum PDFOpening {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/TestFixtures/Fixtures/pdf/westmoor-40-pages.pdf").path

    static func data() -> Data? { FileManager.default.contents(atPath: path) }

    static func open(_ data: Data) -> ReviewDocument? { try? DocumentOpener.parse(data, source: "westmoor-40-pages.pdf") }
}
