import Foundation
import TestFixtures

/// The inquiry response (InquiryReport) as a Word file of about 150 KB of text, written as Word writes
/// one: section headings in Heading 1, recommendations in Heading 2, each sentence its own run with
/// its font and size, lettered parts and numbered lists by Word's automatic numbering (restarted for
/// each recommendation), and an action-plan table at the end.
enum WordResponse {
    static let recommendations = 24

    static func docx() -> Data {
        let lines = InquiryReport.text(recommendations: recommendations).split(separator: "\n").map(String.init)
        var body = ""
        // Each list Word restarted: its numId and abstract list (1 lettered parts, 2 numbered items).
        var lists: [(id: Int, abstract: Int)] = []
        var lastList: Int?
        for line in lines where !line.isEmpty {
            if line.hasPrefix("Recommendations related to") {
                body += paragraph(line, style: "Heading1")
            } else if line.hasPrefix("Recommendation ") {
                body += paragraph(line, style: "Heading2")
            } else if let marker = line.firstMatch(of: #/^([a-z])\) |^(\d+)\. /#) {
                let abstract = marker.1 != nil ? 1 : 2
                if lastList != abstract { lists.append((lists.count + 3, abstract)) }
                lastList = abstract
                body += paragraph(String(line.dropFirst(marker.0.count)), list: lists.count + 2)
                continue
            } else {
                body += paragraph(line, style: nil)
            }
            lastList = nil
        }
        body += actionPlan(rows: 30)
        return package(body: body, lists: lists)
    }

    private static let runProperties = #"<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>"#

    private static func paragraph(_ text: String, style: String? = nil, list: Int? = nil) -> String {
        var properties = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if let list {
            properties += #"<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="\#(list)"/></w:numPr>"#
        }
        // The type is spelled out: with GRDB among the imports, a literal in a closure can be read as SQL.
        let runs = text.split(separator: ". ", omittingEmptySubsequences: false).enumerated().map { index, sentence -> String in
            let end = index == 0 ? "" : ". "
            return "<w:r>\(runProperties)<w:t xml:space=\"preserve\">\(end)\(escaped(String(sentence)))</w:t></w:r>"
        }.joined()
        return "<w:p><w:pPr>\(properties)<w:spacing w:after=\"120\"/></w:pPr>\(runs)</w:p>"
    }

    private static func actionPlan(rows: Int) -> String {
        func cell(_ text: String) -> String { "<w:tc><w:tcPr><w:tcW w:w=\"1800\" w:type=\"dxa\"/></w:tcPr>\(paragraph(text))</w:tc>" }
        var table = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tr><w:trPr><w:tblHeader/></w:trPr>"
            + ["Recommendation", "Action", "Lead", "Target date", "RAG"].map(cell).joined() + "</w:tr>"
        for row in 1...rows {
            table += "<w:tr>" + [
                "\(row). Partners should agree how the learning from this review is shared with front-line staff.",
                "Hold a learning event and publish a seven-minute briefing. Audit twenty cases after six months.",
                "Business Manager", "March 202\(row % 5)", ["Red", "Amber", "Green"][row % 3],
            ].map(cell).joined() + "</w:tr>"
        }
        return table + "</w:tbl>"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    private static let namespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    private static func package(body: String, lists: [(id: Int, abstract: Int)]) -> Data {
        let styles = "<w:styles \(namespace)>"
            + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>"#
        var numbering = "<w:numbering \(namespace)>"
            + #"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>"#
            + #"<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>"#
        for list in lists {
            numbering += #"<w:num w:numId="\#(list.id)"><w:abstractNumId w:val="\#(list.abstract)"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
        }
        numbering += "</w:numbering>"
        let parts = [
            "word/document.xml": "<w:document \(namespace)><w:body>\(body)<w:sectPr/></w:body></w:document>",
            "word/styles.xml": styles,
            "word/numbering.xml": numbering,
            "word/footer1.xml": "<w:ftr \(namespace)><w:p><w:r><w:t>National inquiry response – OFFICIAL</w:t></w:r></w:p></w:ftr>",
        ]
        do {
            return try ZipPackage.data(parts)
        } catch {
            fatalError("cannot build the Word benchmark document: \(error)")
        }
    }
}
