import Testing
@testable import TUICore
import TUITestSupport

/// The facet picker: columns that fit, counts, type-to-narrow, a scroll indicator.
@Suite struct FacetPickerTests {
    @Test func typingNarrowsTheFacetsAndBackspaceWidensThem() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("f⇥")
        let all = browser.state.mode.picker?.shown.count ?? 0
        browser.type("status")
        let narrowed = (browser.state.mode.picker?.shown ?? []).compactMap { browser.state.mode.picker?.entries[$0].facet }
        #expect(narrowed.allSatisfy { $0.hasPrefix("status:") } && narrowed.count == 3)
        browser.type("⌫⌫⌫⌫⌫⌫")
        #expect(browser.state.mode.picker?.shown.count == all)
        browser.type("planned⏎")
        #expect(browser.state.prompt?.text == "status:planned")
    }

    @Test func eachFacetShowsHowManyRecommendationsItKeeps() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("f⇥")
        let entries = browser.state.mode.picker?.entries ?? []
        let planned = entries.first { $0.facet == "status:planned" }
        #expect(planned?.count == 1)
        #expect(entries.first { $0.facet == "section:generic" }?.count == 5)
        #expect(entries.first { $0.facet == "in:response" }?.count == nil)
        let row = browser.render().lines.first { $0.contains("status:planned") } ?? ""
        #expect(row.contains(" 1 "), "\(row)")
    }

    @Test func columnsNeverRunIntoEachOtherAndTheScrollIsShown() {
        for (width, height) in [(40, 12), (80, 24), (120, 40)] {
            var browser = Browser.childJ(width: width, height: height)
            browser.type("f⇥")
            let picker = browser.state.mode.picker!
            let lines = browser.render().lines
            let top = Array(lines.first { $0.hasPrefix("┌") } ?? "")
            let edge = top.firstIndex(of: "┐") ?? 0
            let box = lines.map(Array.init).filter { $0.first == "│" }
            #expect(!box.isEmpty && edge > 0)
            for line in box {
                // Every row keeps its right border where the box ends, and nothing else draws a border:
                // a cut value ends in an ellipsis inside its column.
                #expect(line.count > edge && line[edge] == "│", "\(width): \(String(line))")
                #expect(!line[1..<edge].contains("│"), "\(width): \(String(line))")
            }
            if picker.entries.count > box.count {
                #expect(lines.contains { $0.contains("1–\(box.count) of \(picker.entries.count)") }, "\(width)")
            }
        }
    }

    @Test func pickerScreens() {
        var small = Browser.childJ(width: 40, height: 12)
        small.type("f⇥")
        Golden.check(small.render(), "picker-40x12")
        var wide = Browser.childJ(width: 80, height: 24)
        wide.type("f⇥age")
        for _ in 0..<3 { wide.press(.down) }
        Golden.check(wide.render(), "picker-agency-80x24")
    }
}
