import Content
import Foundation
import Testing
@testable import Formats

/// Word's automatic numbering, materialised as the reader sees it: formats, level texts, counters
/// that restart under a higher level, lists that continue and lists that Word restarted.
@Suite struct WordNumberingTests {
    private func lines(_ body: String, numbering: String, styles: String? = nil) throws -> [String] {
        let data = try WordPackageBuilder.document(body, numbering: numbering, styles: styles).data()
        let extracted = try DocumentOpener.extract(.docx, from: data, source: "n.docx")
        return extracted.text.split(separator: "\n").map(String.init)
    }

    @Test func formatsAndLevelTexts() throws {
        let numbering = #"<w:abstractNum w:abstractNumId="0">"#
            + WordXML.level(0, "decimal", "%1.") + WordXML.level(1, "lowerLetter", "%2)")
            + WordXML.level(2, "lowerRoman", "(%3)") + WordXML.level(3, "upperLetter", "%1.%4")
            + #"</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let body = WordXML.numbered(1, "One") + WordXML.numbered(1, level: 1, "part")
            + WordXML.numbered(1, level: 1, "part") + WordXML.numbered(1, level: 2, "deep")
            + WordXML.numbered(1, level: 2, "deep") + WordXML.numbered(1, level: 2, "deep")
            + WordXML.numbered(1, level: 2, "deep") + WordXML.numbered(1, "Two")
            + WordXML.numbered(1, level: 1, "restarted") + WordXML.numbered(1, level: 3, "upper")
        #expect(try lines(body, numbering: numbering) == [
            "1. One", "a) part", "b) part", "(i) deep", "(ii) deep", "(iii) deep", "(iv) deep", "2. Two", "a) restarted", "2.A upper",
        ])
    }

    @Test func startValuesRestartsAndContinuingLists() throws {
        let numbering = #"<w:abstractNum w:abstractNumId="0">"# + WordXML.level(0, "decimal", "%1.", start: 3)
            + WordXML.level(1, "upperRoman", "%2.", restart: 0) + #"</w:abstractNum>"#
            + #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
            + #"<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>"#
            + #"<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
        let body = WordXML.numbered(1, "three") + WordXML.numbered(1, level: 1, "I")
            + WordXML.paragraph("Between the lists.")
            + WordXML.numbered(2, "four") + WordXML.numbered(2, level: 1, "II, never restarted")
            + WordXML.numbered(3, "one again") + WordXML.numbered(3, "two")
        #expect(try lines(body, numbering: numbering) == [
            "3. three", "I. I", "Between the lists.", "4. four", "II. II, never restarted", "1. one again", "2. two",
        ])
    }

    @Test func bulletsNoneAndUnknownLists() throws {
        let numbering = #"<w:abstractNum w:abstractNumId="0">"# + WordXML.level(0, "bullet", "\u{F0B7}")
            + WordXML.level(1, "bullet", "o") + WordXML.level(2, "none", "") + #"</w:abstractNum>"#
            + #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        let body = WordXML.numbered(1, "dot") + WordXML.numbered(1, level: 1, "circle") + WordXML.numbered(1, level: 2, "bare")
            + WordXML.numbered(9, "unknown list") + WordXML.numbered(0, "numbering removed")
        #expect(try lines(body, numbering: numbering) == ["• dot", "◦ circle", "bare", "unknown list", "numbering removed"])
    }

    /// Numbered headings: the style carries the numbering and is based on a heading.
    @Test func aHeadingStyleWithNumbering() throws {
        let numbering = #"<w:abstractNum w:abstractNumId="0">"# + WordXML.level(0, "decimal", "Recommendation %1")
            + #"</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>"#
        let styles = #"<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Rec"><w:name w:val="Rec"/><w:basedOn w:val="Heading2"/>"#
            + #"<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>"#
        let data = try WordPackageBuilder.document(WordXML.paragraph("Early help", style: "Rec") + WordXML.paragraph("Text."),
                                                   numbering: numbering, styles: styles).data()
        let extracted = try DocumentOpener.extract(.docx, from: data, source: "h.docx")
        #expect(extracted.text == "Recommendation 1 Early help\n\nText.")
        #expect(extracted.roles == [1: .heading(level: 2)])
    }

    @Test func numberFormats() {
        #expect((1...5).map { NumberFormat.format($0, as: "lowerRoman") } == ["i", "ii", "iii", "iv", "v"])
        #expect(NumberFormat.format(1994, as: "upperRoman") == "MCMXCIV")
        #expect([1, 26, 27, 53].map { NumberFormat.format($0, as: "lowerLetter") } == ["a", "z", "aa", "aaa"])
        #expect(NumberFormat.format(7, as: "decimalZero") == "07")
        #expect([1, 2, 3, 11, 22].map { NumberFormat.format($0, as: "ordinal") } == ["1st", "2nd", "3rd", "11th", "22nd"])
    }
}

/// The title a Word file declares in its properties, used only when it is a title.
@Suite struct WordTitleTests {
    @Test func implausibleTitlesAreLeftOut() {
        for title in ["", "  ", "Microsoft Word - response v2.doc", "Document1", "Title", "response final.docx", "12"] {
            #expect(!WordTitle.isPlausible(title), "\(title)")
        }
        #expect(WordTitle.isPlausible("Child T action plan"))
    }

    @Test func thePropertyWinsOverTheFirstHeadingWhenPlausible() throws {
        let body = WordXML.paragraph("Contents", style: "Heading1") + WordXML.paragraph("Text.")
        let styles = #"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>"#
        let good = try WordPackageBuilder.document(body, styles: styles, core: "Eastvale response to Child W").data()
        #expect(try DocumentOpener.extract(.docx, from: good, source: "a.docx").declaredTitle == "Eastvale response to Child W")
        let template = try WordPackageBuilder.document(body, styles: styles, core: "Document2").data()
        #expect(try DocumentOpener.extract(.docx, from: template, source: "a.docx").declaredTitle == "Contents")
    }
}
