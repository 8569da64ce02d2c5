import Content
import Foundation
import Testing
import TestFixtures
import ZIPFoundation
@testable import Formats

/// Every word of a Word file's body and notes (headers and footers are furniture) is in the parsed
/// model exactly as often as in the file. The file's words are read straight from its XML, apart from
/// the reader: the text of each `w:t` (deleted text is `w:delText`, a field's instruction `w:instrText`,
/// so neither is counted), runs of one paragraph joined as Word shows them.
@Suite struct WordNothingLostTests {
    @Test(arguments: WordFixture.readable)
    func everyWordOnce(_ fixture: WordFixture) throws {
        try expectEveryWordOnce(try fixture.data(), name: fixture.name)
    }

    /// A document with what the fixtures leave out: a text box (offered twice, as Word does, once for
    /// old readers), a complex field whose instruction is hidden, a nested table, symbols.
    @Test func textBoxesFieldsAndNestedTables() throws {
        let textBox = "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><wps:txbx><w:txbxContent>"
            + WordXML.paragraph("Boxed words once.") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:textbox><w:txbxContent>" + WordXML.paragraph("Boxed words once.")
            + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Beside the box.</w:t></w:r></w:p>"
        let field = #"<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
            + #"<w:r><w:instrText> REF plan \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
            + #"<w:r><w:t>section four</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>"#
        let nested = "<w:tbl><w:tr><w:tc>" + WordXML.paragraph("Outer cell")
            + "<w:tbl><w:tr><w:tc>" + WordXML.paragraph("inner one") + "</w:tc><w:tc>" + WordXML.paragraph("inner two")
            + "</w:tc></w:tr></w:tbl></w:tc><w:tc>" + WordXML.paragraph("Second cell") + "</w:tc></w:tr></w:tbl>"
        let namespaces = #" xmlns:mc="urn:mc" xmlns:wps="urn:wps" xmlns:v="urn:v""#
        var package = WordPackageBuilder.document(textBox + field + nested)
        package.parts["word/document.xml"] = package.parts["word/document.xml"]!.replacingOccurrences(of: "<w:document ", with: "<w:document" + namespaces + " ")
        let data = try package.data()
        let extracted = try DocumentOpener.extract(.docx, from: data, source: "x.docx")
        #expect(extracted.text == "Beside the box.\n\nBoxed words once.\n\nSee section four.\n\nOuter cell inner one inner two\tSecond cell")
        // The XML has the box's words twice (choice and fallback): the document has them once.
        #expect(extracted.text.components(separatedBy: "Boxed").count == 2)
    }

    private func expectEveryWordOnce(_ data: Data, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var source: [String] = []
        var levelTexts: Set<String> = []
        for entry in archive where ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml"].contains(entry.path) {
            source += words(Self.shownText(try Self.read(entry, archive)))
        }
        if let numbering = archive["word/numbering.xml"] {
            levelTexts = Set(words(Self.levelTexts(try Self.read(numbering, archive))))
        }
        let document = try DocumentOpener.parse(data, source: name)
        // Added by the reader: note marks ("[1]", "[ii]"), the notes' headings, and the words of numbering
        // level texts ("Recommendation %1"), which are Word's, drawn in front of each item.
        let model = modelPieces(document).flatMap { words(Self.withoutNoteMarks($0)) }
        let sourceCounts = Dictionary(source.map { ($0, 1) }, uniquingKeysWith: +)
        var modelCounts = Dictionary(model.map { ($0, 1) }, uniquingKeysWith: +)
        let lines = try DocumentOpener.extract(.docx, from: data, source: name).text.split(separator: "\n")
        for heading in ["Footnotes", "Endnotes"] where lines.contains(Substring(heading)) {
            modelCounts[heading, default: 0] -= 1
        }
        #expect(!source.isEmpty, sourceLocation: sourceLocation)
        for (word, count) in sourceCounts {
            // A word that is also a marker the reader drew ("a)" in "parts a) and b)") is there at least as often.
            if levelTexts.contains(word) || Self.isMarker(word) {
                #expect(modelCounts[word, default: 0] >= count, "\(name): “\(word)” lost", sourceLocation: sourceLocation)
                continue
            }
            #expect(modelCounts[word, default: 0] == count, "\(name): “\(word)” is \(count) time(s) in the file, \(modelCounts[word, default: 0]) in the model", sourceLocation: sourceLocation)
        }
        for (word, count) in modelCounts where count > 0 && sourceCounts[word] == nil && word.contains(where: \.isLetter) {
            #expect(levelTexts.contains(word) || Self.isMarker(word), "\(name): “\(word)” is in the model \(count) time(s), not in the file", sourceLocation: sourceLocation)
        }
    }

    private static func read(_ entry: Entry, _ archive: Archive) throws -> String {
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The shown text of `w:t` elements; a paragraph's start (a text box's paragraphs start inside a
    /// run of another) and end, a tab and a line break separate words, a non-breaking hyphen joins them as "-".
    static func shownText(_ xml: String) -> String {
        let pattern = #"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|<w:t\s*/>|(</w:p>|<w:p>|<w:p\s[^>]*>|<w:tab/>|<w:br[^>]*/>|<w:cr/>)|(<w:noBreakHyphen/>)"#
        let regex = try! NSRegularExpression(pattern: pattern)
        var text = ""
        let nsXML = xml as NSString
        for match in regex.matches(in: xml, range: NSRange(location: 0, length: nsXML.length)) {
            if match.range(at: 1).location != NSNotFound { text += unescaped(nsXML.substring(with: match.range(at: 1))) }
            if match.range(at: 2).location != NSNotFound { text += " " }
            if match.range(at: 3).location != NSNotFound { text += "-" }
        }
        return text
    }

    static func levelTexts(_ xml: String) -> String {
        let regex = try! NSRegularExpression(pattern: #"<w:lvlText w:val="([^"]*)"/>"#)
        let nsXML = xml as NSString
        return regex.matches(in: xml, range: NSRange(location: 0, length: nsXML.length))
            .map { unescaped(nsXML.substring(with: $0.range(at: 1))).replacingOccurrences(of: "%", with: " ") }
            .joined(separator: " ")
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func withoutNoteMarks(_ text: String) -> String {
        text.replacingOccurrences(of: #"\[(\d+|[ivxlc]+)\]"#, with: " ", options: .regularExpression)
    }

    /// A list marker the reader drew: "(a)", "iv.", "b)".
    static func isMarker(_ word: String) -> Bool {
        word.range(of: #"^\(?([a-z]{1,2}|[ivxlc]+|[A-Z]|\d+)[.):]$|^\([a-z0-9]+\)$"#, options: .regularExpression) != nil
    }
}
