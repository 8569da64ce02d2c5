import Content
import Foundation
import Testing
@testable import Formats

@Suite struct DocumentFormatTests {
    @Test func tellsFormatsByContent() {
        #expect(DocumentFormat.detect(Data("%PDF-1.7\n".utf8), name: "x.txt") == .success(.pdf))
        #expect(DocumentFormat.detect(Data("<!DOCTYPE html><html>".utf8), name: "x.txt") == .success(.html))
        #expect(DocumentFormat.detect(Data("\u{FEFF}  <!-- saved --> <html lang=en>".utf8), name: "a") == .success(.html))
        // A page saved without doctype or <html>, opening on its head elements.
        #expect(DocumentFormat.detect(Data("<meta charset=\"utf-8\"><title>Review</title><p>Text</p>".utf8), name: "a") == .success(.html))
        #expect(DocumentFormat.detect(Data("\n<title>Action plan</title>".utf8), name: "page") == .success(.html))
        #expect(DocumentFormat.detect(Data("<metadata> is a word".utf8), name: "a.txt") == .success(.text))
        #expect(DocumentFormat.detect(Data("# Title\n".utf8), name: "notes.md") == .success(.markdown))
        #expect(DocumentFormat.detect(Data("Recommendation 1\n".utf8), name: "r.pdf") == .success(.text))
        #expect(DocumentFormat.detect(Data([0x50, 0x4B, 0x03, 0x04, 0, 0]), name: "a.docx") == .failure(.zipNotWord))
        #expect(DocumentFormat.detect(Data([0x89, 0x50, 0x4E, 0x47, 0x0D]), name: "scan.pdf") == .failure(.image("PNG")))
    }

    @Test func refusesWhatItCannotReadInOneLine() {
        #expect(throws: LoadError.self) { try DocumentOpener.parse(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), source: "old.doc") }
        do {
            _ = try DocumentOpener.parse(Data([0xFF, 0xD8, 0xFF, 0xE0]), source: "scan.jpg")
        } catch {
            #expect(error.message == "scan.jpg: is a JPEG image, not a document; casebook needs a file with text")
        }
    }
}
