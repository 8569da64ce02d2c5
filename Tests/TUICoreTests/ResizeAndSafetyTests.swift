@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

@Suite struct ResizeAndSafetyTests {
    /// The words at the reader's top line, to compare places across widths.
    private func topWords(_ browser: Browser) -> String {
        let lines = browser.readerLines
        return lines[browser.state.readerTop].plainText.trimmingCharacters(in: .whitespaces)
    }

    @Test func resizeKeepsTheReadingPosition() throws {
        var browser = Browser.childJ(width: 120, height: 40)
        browser.type(":5⏎⇥")
        for _ in 0..<9 { browser.type("j") }
        let before = browser.readerLines[browser.state.readerTop]
        #expect(!before.isBlank)
        let firstWord = try #require(before.plainText.split(separator: " ").first)

        browser.press(.resize(width: 80, height: 24))
        let after = browser.readerLines[browser.state.readerTop]
        #expect(after.anchor.piece == before.anchor.piece)
        #expect(after.anchor.word <= before.anchor.word)
        // The word that was at the top is still on the top line.
        #expect(after.plainText.contains(firstWord))
        #expect(browser.render().lines[0].contains(String(firstWord)))

        browser.press(.resize(width: 120, height: 40))
        #expect(topWords(browser) == before.plainText.trimmingCharacters(in: .whitespaces))
    }

    @Test func resizeKeepsTheSelectionAndClampsScrolling() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("G")
        browser.press(.resize(width: 80, height: 12))
        #expect(browser.state.selection == .recommendation(10))
        let grid = browser.render()
        let cursor = grid.cursor
        #expect(cursor.map { grid.lines[$0.row].hasPrefix(">") } == true)
        browser.press(.resize(width: 200, height: 100))
        #expect(browser.state.outlineTop == 0)
        #expect(browser.state.readerTop == 0)
    }

    @Test(arguments: [(0, 0), (1, 1), (2, 1), (1, 5), (39, 24), (80, 9), (10, 3), (39, 9)])
    func tooSmallShowsOnlyAMessageAndNeverCrashes(width: Int, height: Int) {
        var browser = Browser.childJ(width: width, height: height)
        for key in ["j", "?", "j", "⎋", ":", "7", "⏎", "⇥", " ", "G", "]", "⌫"] { browser.type(key) }
        browser.press(.mouse(MouseEvent(kind: .press, row: 0, column: 0)))
        let grid = browser.render()
        #expect(grid.width == width && grid.height == height)
        #expect(grid.cursor == nil)
        if width >= 30 && height >= 1 {
            #expect(grid.lines[height / 2].trimmingCharacters(in: .whitespaces) == "Enlarge the window (40×10 min)")
        }
        #expect(grid.lines.filter { !$0.isEmpty }.count <= 1)
    }

    @Test func tooSmallMessageIsCentred() {
        let grid = Browser.childJ(width: 38, height: 9).render()
        #expect(grid.lines[4] == "    Enlarge the window (40×10 min)")
    }

    @Test func growingBackFromTinyRestoresTheScreen() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":7b⏎")
        browser.press(.resize(width: 1, height: 1))
        browser.press(.resize(width: 80, height: 24))
        #expect(browser.state.selection == .part(7, "b"))
        #expect(browser.render().lines[0].contains("│ b) The PSCP should enquire"))
    }

    @Test func noColourModeHasNoColourInAnyCell() {
        var browser = Browser.childJ(width: 100, height: 30, color: false)
        var screens = [browser.render()]
        for keys in [":7⏎", "?", "⎋:3b", "⏎h", "x/"] {
            browser.type(keys)
            screens.append(browser.render())
        }
        for grid in screens {
            #expect(grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        }
        // Distinctions remain: the selected row is reverse video, the heading bold.
        let grid = screens[1]
        #expect(grid.cells.contains { $0.style.reverse })
        #expect(grid.cells.contains { $0.style.bold })
    }

    @Test func colourModeUsesOnlyForegroundAccents() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type(":7⏎?")
        let grid = browser.render()
        #expect(grid.cells.contains { $0.style.foreground != nil })
        #expect(grid.cells.allSatisfy { $0.style.background == nil })
    }

    @Test func wideCharactersAndCurlyQuotesTakeTheirColumns() {
        var browser = Browser(document: SampleDocuments.unicode, width: 60, height: 12)
        browser.type("]⇥")
        let grid = browser.render()
        // Every row fills exactly the grid's width in columns: wide characters take a cell and a continuation.
        for row in 0..<grid.height {
            var columns = 0
            for column in 0..<grid.width {
                let cell = grid[row, column]
                columns += cell.isContinuation ? 0 : DisplayWidth.of(Character(cell.text.isEmpty ? " " : cell.text))
            }
            #expect(columns == grid.width, "row \(row) is \(columns) columns")
        }
        let lines = grid.lines
        #expect(lines[0] == " Recommendation 1: “Safe” 子ども")
        #expect(lines[2].hasPrefix(" 日本語の文章はとても長いので折り返す必要があります。"))
        #expect(lines[3].contains("“Quoted” text ^[[31mred."))
        // The wrapped CJK line does not pass the pane's right margin (column 58).
        #expect(DisplayWidth.of(lines[2]) <= 59)
        #expect(grid.cells.allSatisfy { !$0.text.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test func wideCharactersAreTruncatedByColumnsInTheOutline() {
        let browser = Browser(document: SampleDocuments.unicode, width: 80, height: 12)
        let lines = browser.render().lines
        #expect(lines[0].hasPrefix(" 子どもの安全 “Review”"))
        let row = lines.first { $0.contains("1  ") }!
        #expect(row.contains("“Safe” 子ども"))
    }

    @Test func controlCharactersInTitlesAreShownVisibly() {
        let document = ReviewDocument(source: "x", titleLines: ["Bad\u{1B}[2J title\u{07}"])
        let grid = Browser(document: document, width: 80, height: 24).render()
        #expect(grid.lines[0].contains("Bad^[[2J title^G"))
        #expect(grid.lines[23].contains("Bad^[[2J title^G"))
    }

    @Test func repeatedRecommendationNumbersDoNotTrapTheSelection() {
        let twice = Recommendation(number: 1, heading: "Recommendation 1", text: [.paragraph("Once.", lines: SourceSpan(line: 1))],
                                   lines: SourceSpan(line: 1))
        let other = Recommendation(number: 2, heading: "Recommendation 2", lines: SourceSpan(line: 3))
        let document = ReviewDocument(source: "x", sections: [Section(title: nil, recommendations: [twice, twice, other],
                                                                      lines: SourceSpan(line: 1))])
        var browser = Browser(document: document, width: 80, height: 24)
        browser.type("jj")
        #expect(browser.state.selection == .recommendation(1, occurrence: 1))
        browser.type("j")
        #expect(browser.state.selection == .recommendation(2))
        browser.type("kk")
        #expect(browser.state.selection == .recommendation(1))
    }

    @Test func emptyDocumentIsBrowsable() {
        var browser = Browser(document: ReviewDocument(source: "empty.txt"), width: 80, height: 24)
        browser.type("jjk]][[G g :3⏎⌫⇥jj h l⏎")
        let lines = browser.render().lines
        #expect(lines[1].hasPrefix("> Introduction") || lines[1].hasPrefix("  Introduction"))
        #expect(lines.contains { $0.contains("no recommendations") })
    }
}
