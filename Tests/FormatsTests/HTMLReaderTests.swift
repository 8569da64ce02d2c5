import Content
import Foundation
import Testing
@testable import Formats

/// The web page reader's rules, one page at a time.
@Suite struct HTMLReaderTests {
    private func lines(_ html: String) -> [String] {
        HTMLReader.read(Data(html.utf8)).extracted.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func characterReferences() {
        #expect(HTMLEntities.decode("a&nbsp;b &amp; c&rsquo;s &ndash; &#8220;x&#x201D; &#150; &pound;5") == "a\u{A0}b & c’s – “x” – £5")
        // Legacy names read without ";", others not; unknown names and bare "&" stay as written.
        #expect(HTMLEntities.decode("&copy2025 &ampx &rsquo &unknown; AT&T & more") == "©2025 &x &rsquo &unknown; AT&T & more")
        #expect(HTMLEntities.decode("&#0; &#xD800; &#99999999999;") == "\u{FFFD} \u{FFFD} \u{FFFD}")
    }

    @Test func tokensAndTolerance() {
        var tokenizer = HTMLTokenizer("<P CLASS=intro id='a' hidden>x < y<!-- note --><![CDATA[gone]]><br/>z</p >")
        var tokens: [HTMLToken] = []
        while let token = tokenizer.next() { tokens.append(token) }
        #expect(tokens == [
            .startTag(name: "p", attributes: ["class": "intro", "id": "a", "hidden": ""], selfClosing: false),
            .text("x < y"), .startTag(name: "br", attributes: [:], selfClosing: true), .text("z"), .endTag(name: "p"),
        ])
    }

    @Test func scriptAndStyleAreRawText() {
        let page = "<body><p>Before</p><script>if (a < b && c) { document.write('<p>not text</p>') }</script><p>After</p></body>"
        #expect(lines(page) == ["Before", "", "After"])
        let reading = HTMLReader.read(Data(page.utf8))
        #expect(reading.removed.map(\.kind) == ["script"])
    }

    @Test func impliedEndTagsAndVoidElements() {
        let page = "<body><p>One<p>Two<ul><li>a<li>b</ul><p>Three<br>and <img src=x>four<hr>Five"
        #expect(lines(page) == ["One", "", "Two", "", "• a", "• b", "", "Three and four", "", "Five"])
    }

    @Test func orderedListsHonourStartTypeAndNesting() {
        let page = """
            <body><ol start="3"><li>three<li>four<ol type="a"><li>four a<li value="5">four e</ol></li><li>five</ol>
            <ol type="I" reversed><li>two<li>one</ol><ul><li><p>First paragraph</p><p>Second paragraph</p></li></ul>
            """
        #expect(lines(page) == ["3. three", "4. four", "a. four a", "e. four e", "5. five", "", "II. two", "I. one", "",
                                "• First paragraph", "", "Second paragraph"])
    }

    @Test func tablesAreTabRowsWithSpans() {
        let page = """
            <body><table><thead><tr><th>Recommendation<th>Lead<th>RAG</thead>
            <tr><td>One <b>first</b><td rowspan=2>Police<td>Green
            <tr><td>Two<td>Amber
            <tr><td colspan=2>Three, across<td>Red</table>
            """
        let reading = HTMLReader.read(Data(page.utf8))
        #expect(lines(page) == ["Recommendation\tLead\tRAG", "One first\tPolice\tGreen", "Two\t\tAmber", "Three, across\t\tRed"])
        #expect(reading.extracted.roles == [1: .tableRow(header: true), 2: .tableRow(header: false),
                                            3: .tableRow(header: false), 4: .tableRow(header: false)])
    }

    @Test func headingsHaveTheirLevels() {
        let reading = HTMLReader.read(Data("<body><h1>Title</h1><p>Text.</p><h3>Part</h3><p>More.</p>".utf8))
        #expect(reading.extracted.roles == [1: .heading(level: 1), 5: .heading(level: 3)])
        #expect(reading.extracted.declaredTitle == "Title")
    }

    @Test func mainIsTheContentAndTheRestIsFurniture() {
        let page = """
            <body><header><a href="/">Anytown Partnership</a></header><nav><a>Home</a></nav>
            <main><h1>Child X</h1><div aria-hidden="true">icon text</div><p>Content.</p>
            <a href="#" class="toggle">Show less</a><span style="display: none">secret</span></main><footer>Contact us</footer>
            """
        let reading = HTMLReader.read(Data(page.utf8))
        #expect(lines(page) == ["Child X", "", "Content."])
        #expect(reading.removed.map(\.kind) == ["site header", "navigation", "hidden element", "toggle", "hidden element", "site footer"])
        #expect(reading.extracted.furniture.allSatisfy { $0.kind == .webPageElement })
    }

    @Test func textARevealTogglesIsContentThoughHidden() {
        let page = """
            <body><p>Summary.</p><div id="more" hidden><p>The rest of the summary.</p></div>
            <button aria-controls="more">Read more</button><div class="accordion__panel" hidden><p>Panel text.</p></div>
            """
        #expect(lines(page) == ["Summary.", "", "The rest of the summary.", "", "Panel text."])
    }

    @Test func screenReaderTextIsNotThePages() {
        let page = "<body><p>See the <a href=x>plan<span class=\"govuk-visually-hidden\"> (opens in a new window)</span></a>.</p>"
        #expect(lines(page) == ["See the plan."])
    }

    @Test func anArticlesOwnHeaderIsContent() {
        let page = "<body><article><header><h1>Title</h1><p>By the partnership</p></header><p>Text.</p></article>"
        #expect(lines(page) == ["Title", "", "By the partnership", "", "Text."])
    }

    @Test func cookieBannersAndSkipLinksAreToldByTheirWords() {
        let page = "<body><div><p>We use cookies on this website.</p><a>OK</a></div><a href=#m>Skip to main content</a><p>Text.</p>"
        #expect(lines(page) == ["Text."])
        #expect(HTMLReader.read(Data(page.utf8)).removed.map(\.kind) == ["cookie banner", "skip link"])
    }

    @Test func charsets() {
        let quote: [UInt8] = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>It".utf8) + [0x92] + Array("s 5".utf8) + [0x80] + Array("</p>".utf8)
        #expect(lines(String(decoding: quote, as: UTF8.self)) != ["It’s 5€"])
        #expect(HTMLReader.read(Data(quote)).extracted.text == "It’s 5€")
        let latin1: [UInt8] = Array("<html><meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'><p>caf".utf8) + [0xE9]
        #expect(HTMLReader.read(Data(latin1)).extracted.text == "café")
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<html><meta charset=windows-1252><p>café".utf8)
        #expect(HTMLReader.read(Data(bom)).extracted.text == "café", "a byte-order mark wins over the meta")
        let undeclared: [UInt8] = Array("<html><p>na".utf8) + [0xEF] + Array("ve".utf8)
        #expect(HTMLReader.read(Data(undeclared)).extracted.text == "naïve", "not UTF-8 and undeclared: windows-1252")
        let broken: [UInt8] = Array("<html><meta charset=utf-8><p>bad ".utf8) + [0xFF]
        #expect(HTMLReader.read(Data(broken)).extracted.warnings.contains { $0.message.contains("not valid UTF-8") })
    }

    @Test func titles() {
        let suffix = "<html><title>Child T review | Anytown Safeguarding Partnership</title><body><p>Text.</p>"
        #expect(HTMLReader.read(Data(suffix.utf8)).extracted.declaredTitle == "Child T review")
        #expect(HTMLTitle.withoutSiteName("Anytown LSCB - Child Q: board response", siteName: nil) == "Child Q: board response")
        #expect(HTMLTitle.withoutSiteName("Home - Westshire Council", siteName: nil) == nil)
        #expect(HTMLTitle.withoutSiteName("Westshire Safeguarding Children Partnership", siteName: nil) == nil)
        #expect(HTMLTitle.withoutSiteName("Child R – the partnership’s response to the review’s findings", siteName: nil)
                == "Child R – the partnership’s response to the review’s findings")
        #expect(HTMLTitle.withoutSiteName("Learning | Our Site", siteName: "Our Site") == "Learning")
        // Never an error message or boilerplate, from the heading or the title.
        #expect(HTMLTitle.declared(heading: "Page not found", pageTitle: "404 | Anytown", siteName: nil) == nil)
        #expect(HTMLTitle.declared(heading: "Sorry, something went wrong", pageTitle: "Child T | Anytown Partnership", siteName: nil) == "Child T")
        #expect(HTMLTitle.declared(heading: nil, pageTitle: "Home", siteName: nil) == nil)
    }

    @Test func errorPagesAreRefusedInOneLine() throws {
        let page = "<html><title>Error</title><body><main><h1>Sorry, something went wrong</h1><p>Please try again later.</p></main>"
        #expect(throws: LoadError("page.html: is an error page saved from a web site, not a document")) {
            try DocumentOpener.parse(Data(page.utf8), source: "page.html")
        }
        // A long document that mentions an error in its heading is still a document.
        let long = "<body><h1>404 errors in referrals</h1><p>" + String(repeating: "Referrals were lost in transit. ", count: 40) + "</p>"
        #expect(throws: Never.self) { try DocumentOpener.parse(Data(long.utf8), source: "long.html") }
        #expect(throws: LoadError("empty.html: is a web page with no text in its main content")) {
            try DocumentOpener.parse(Data("<html><body><nav>Home</nav></body></html>".utf8), source: "empty.html")
        }
    }

    @Test func aLogoHeadingInTheSiteHeaderIsNoTitle() {
        let page = "<body><header><h1>Anytown Partnership</h1></header><h1>Child Y: what we learned</h1><p>Text.</p>"
        #expect(HTMLReader.read(Data(page.utf8)).extracted.declaredTitle == "Child Y: what we learned")
        #expect(HTMLTitle.isErrorText("Sorry, we can\u{2019}t find that page"))
    }

    @Test func theOpenerGivesTheModelItsTitle() throws {
        let page = "<html><title>Child V response | Anytown Safeguarding Partnership</title><body><p>The board agreed.</p>"
        let document = try DocumentOpener.parse(Data(page.utf8), source: "/home/me/Downloads/child-v.html")
        #expect(document.titleLines.isEmpty)
        #expect(document.title == "Child V response")
    }

    /// Hostile shapes end and keep their text: deep nesting, a flood of "<", unclosed comments and quotes.
    /// It takes about a second alone; the limit only catches a hang, since a full parallel run under load
    /// can keep this test waiting for a thread for minutes (it once finished after 303 s).
    @Test(.timeLimit(.minutes(10))) func hostilePagesEnd() {
        let deep = "<body>" + String(repeating: "<div><span>", count: 20_000) + "deep" + String(repeating: "</li>", count: 1000)
        #expect(HTMLReader.read(Data(deep.utf8)).extracted.text == "deep")
        let lessThans = "<body>" + String(repeating: "< <a <!x <? </ ", count: 10_000)
        _ = HTMLReader.read(Data(lessThans.utf8))
        #expect(HTMLReader.read(Data("<body><p>kept</p><!-- never closed <p>gone".utf8)).extracted.text == "kept")
        #expect(HTMLReader.read(Data("<body><p>kept<a href=\"never closed>gone".utf8)).extracted.text == "kept")
        let spans = "<body><table><tr><td rowspan=99999999 colspan=99999999>x</table><ol start=9223372036854775807><li>a<li>b</ol>"
        #expect(HTMLReader.read(Data(spans.utf8)).extracted.text.contains("x"))
    }
}
