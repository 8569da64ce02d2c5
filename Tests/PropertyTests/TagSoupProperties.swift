import Content
import Foundation
@testable import Formats
import PropertyBased
import TestFixtures
import Testing

/// The web page reader over random tag soup: it always ends, never crashes, and hands the parser
/// well-formed text; over soup of content elements only, every word is kept exactly as often.
@Suite(.timeLimit(.minutes(4))) struct TagSoupProperties {
    /// Fragments of pages, well formed and broken: unclosed and stray tags, raw text, comments,
    /// references, attributes with and without quotes, furniture, tables with spans, lists with odd starts.
    static let anyFragment = [
        "<p>", "</p>", "<div class=\"x\">", "</div>", "<li>", "<ol start=\"-3\" type=a>", "</ol>", "<ul>", "</ul>",
        "<table>", "<tr>", "<td rowspan=3>", "<th colspan='2'>", "</table>", "<h1>", "</h2>", "<br/>", "<br>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x41;", "&#99999999;", "&nbsp",
        "<nav>", "</nav>", "<main>", "</main>", "<a href=x>", "Read more", "<span hidden>", "<", ">", "&", "\"", "'",
        "<title>", "</title>", "<meta charset=windows-1252>", "word", "Recommendation 1", "Response:", "\n", "\t",
        "<textarea>", "</", "<!doctype html>", "<?xml?>", "<li value=99999999999999999999>", "é", "\u{0}", "\u{1B}[2J",
    ]

    /// Content elements only, each word between spaces, so a browser shows each word whole.
    static let contentFragment = [
        "<p>", "</p>", "<div>", "</div>", "<ul>", "<ol>", "</ol>", "</ul>", "<li>", "</li>", "<table>", "<tr>", "<td>",
        "<th>", "</table>", "<h1>", "</h1>", "<h3>", "</h3>", "<br>", "<b>", "</b>", "<em>", "<section>", "<blockquote>",
        "alpha", "beta", "Recommendation 2", "Response:", "1.", "&amp;", "&lt;", "x&gt;y", "café",
    ]

    static let recipe = Gen.int(in: 0...(anyFragment.count - 1)).array(of: 0...120)
    static let contentRecipe = Gen.int(in: 0...(contentFragment.count - 1)).array(of: 0...120)

    @Test func anySoupEndsWithWellFormedText() async {
        await propertyCheck(count: 300, input: Self.recipe) { recipe in
            let page = "<html><body>" + recipe.map { Self.anyFragment[$0] }.joined(separator: " ")
            expectWellFormed(HTMLReader.read(Data(page.utf8)), page: page)
            // Opening ends with a document or one line; never a crash.
            _ = try? DocumentOpener.parse(Data(page.utf8), source: "soup.html")
        }
    }

    @Test func contentSoupKeepsEveryWord() async {
        await propertyCheck(count: 300, input: Self.contentRecipe) { recipe in
            let fragments = recipe.map { Self.contentFragment[$0] }
            let page = "<html><body>" + fragments.joined(separator: " ")
            let reading = HTMLReader.read(Data(page.utf8))
            expectWellFormed(reading, page: page)
            let shown = fragments.filter { !$0.hasPrefix("<") }.map { HTMLEntities.decode(Substring($0)) }.flatMap(words)
            let lines = reading.extracted.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                reading.markers[index + 1].map { String(line.dropFirst($0.count)) } ?? String(line)
            }
            #expect(lines.flatMap(words).sorted() == shown.sorted(), "\(page)")
            #expect(reading.removed.isEmpty, "\(page)")
            if !reading.isErrorPage, !shown.isEmpty {
                let document = ReviewParser.parse(reading.extracted, source: "soup.html")
                if let mismatch = wordMismatch(model: modelWords(document), source: words(reading.extracted.text)) {
                    Issue.record("\(page): \(mismatch)")
                }
            }
        }
    }

    private func expectWellFormed(_ reading: HTMLReader.Reading, page: String) {
        let text = reading.extracted.text
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(!text.contains("\r"), "\(page)")
        #expect(!text.hasPrefix("\n") && !text.hasSuffix("\n"), "\(page)")
        #expect(reading.extracted.roles.keys.allSatisfy { (1...lineCount).contains($0) }, "\(page)")
        #expect(reading.extracted.furniture.allSatisfy { (1...max(lineCount, 1)).contains($0.line) }, "\(page)")
        for (line, role) in reading.extracted.roles {
            let row = text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
            if case .heading = role { #expect(!row.contains("\t"), "heading with a tab: \(page)") }
            #expect(!row.isEmpty, "a role on a blank line: \(page)")
        }
    }
}
