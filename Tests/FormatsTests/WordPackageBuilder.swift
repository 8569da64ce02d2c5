import Foundation
import TestFixtures

/// Builds a small Word package in memory, part by part, for tests of one feature at a time.
struct WordPackageBuilder {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    var parts: [String: String]

    init(_ parts: [String: String]) { self.parts = parts }

    /// A package whose document.xml has `body` inside `<w:body>`, with optional numbering, styles and notes.
    static func document(_ body: String, numbering: String? = nil, styles: String? = nil, footnotes: String? = nil,
                         core: String? = nil) -> WordPackageBuilder {
        var parts = ["word/document.xml": "<w:document \(namespaces)><w:body>\(body)</w:body></w:document>"]
        if let numbering { parts["word/numbering.xml"] = "<w:numbering \(namespaces)>\(numbering)</w:numbering>" }
        if let styles { parts["word/styles.xml"] = "<w:styles \(namespaces)>\(styles)</w:styles>" }
        if let footnotes { parts["word/footnotes.xml"] = "<w:footnotes \(namespaces)>\(footnotes)</w:footnotes>" }
        if let core {
            parts["docProps/core.xml"] = #"<cp:coreProperties xmlns:cp="urn:cp" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>"#
                + core + "</dc:title></cp:coreProperties>"
        }
        return WordPackageBuilder(parts)
    }

    func data() throws -> Data { try ZipPackage.data(parts) }
}

/// A paragraph in Word's XML: `numbered(2, level: 1, "text")` is an item of list 2 at its second level.
enum WordXML {
    static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/></w:pPr>"# } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static func numbered(_ list: Int, level: Int = 0, _ text: String) -> String {
        #"<w:p><w:pPr><w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(list)"/></w:numPr></w:pPr>"#
            + "<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    static func level(_ index: Int, _ format: String, _ text: String, start: Int = 1, restart: Int? = nil) -> String {
        let restartElement = restart.map { #"<w:lvlRestart w:val="\#($0)"/>"# } ?? ""
        return #"<w:lvl w:ilvl="\#(index)"><w:start w:val="\#(start)"/><w:numFmt w:val="\#(format)"/>"#
            + restartElement + #"<w:lvlText w:val="\#(text)"/></w:lvl>"#
    }
}
