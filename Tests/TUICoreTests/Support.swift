@testable import Content
import Foundation
import Testing
@testable import TUICore
import TUITestSupport

/// Golden screens: one file per screen in Goldens/. Set CASEBOOK_RECORD_GOLDENS=1 to (re)write them from
/// the current output, then read the diff before committing.
///
/// A golden file holds the screen's text, then how each cell looks:
///
///     <the text, one line per row, trailing spaces trimmed>
///     --- style: one character per cell, legend below ---
///     <one line per row: a character per cell, `.` for plain; trailing plain cells left out>
///     --- legend ---
///     . plain
///     A bold reverse
///     B bold underline yellow
///
/// Style characters are A–Z, a–z, 0–9, given to the styles in the order they first appear (row by row,
/// left to right). A legend line names the attributes (bold, dim, reverse, underline), then the
/// foreground colour and `on` the background colour, if any. A wide character's second cell has its own
/// character, so a style row lines up with its text row until the first wide character.
///
/// A failure prints only the rows that differ, expected (-) against actual (+), counted from 1.
enum Golden {
    static let styleHeader = "--- style: one character per cell, legend below ---"
    static let legendHeader = "--- legend ---"

    /// Compares a screen with its golden file, recording an issue that shows the differing rows.
    static func check(_ grid: CellGrid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["CASEBOOK_RECORD_GOLDENS"] == "1" {
            let url = sourceDirectory.appendingPathComponent(name + ".txt")
            do { try file(for: grid).write(to: url, atomically: true, encoding: .utf8) } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = expected(name) else {
            Issue.record("no golden \(name).txt in Goldens/; record it with CASEBOOK_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        if let difference = difference(expected: expected, actual: grid) {
            Issue.record(Comment(rawValue: "screen \(name) differs from its golden; \(difference)"), sourceLocation: sourceLocation)
        }
    }

    static func expected(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Goldens") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// Where recording writes: the Goldens folder beside this file, not the copy in the test bundle.
    private static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    /// The golden file's content for a screen.
    static func file(for grid: CellGrid) -> String {
        let map = StyleMap(grid)
        return (grid.lines + [styleHeader] + map.rows + [legendHeader] + map.legend).joined(separator: "\n") + "\n"
    }

    /// nil when the screen matches the golden text; otherwise the rows that differ, section by section.
    /// The actual styles are written with the golden's own characters where it has the same style, so one
    /// changed cell shows as one changed row, not as every row after it.
    static func difference(expected: String, actual grid: CellGrid) -> String? {
        guard file(for: grid) != expected else { return nil }
        let want = Sections(expected)
        let got = StyleMap(grid, reusing: want.legend)
        let rows = changedRows("text row", want.text, grid.lines)
            + changedRows("style row", want.style, got.rows)
            + changedLegend(want.legend, got.legend)
        guard !rows.isEmpty else { return "the same screen, but the file is laid out differently; record it again" }
        return "expected (-) against actual (+):\n" + rows.joined(separator: "\n")
    }

    /// Legend lines only one side has (styles that appeared or went away).
    private static func changedLegend(_ expected: [String], _ actual: [String]) -> [String] {
        let gone = expected.filter { !actual.contains($0) }.map { "- " + $0 }
        let new = actual.filter { !expected.contains($0) }.map { "+ " + $0 }
        return gone.isEmpty && new.isEmpty ? [] : ["legend:"] + gone + new
    }

    private static func changedRows(_ label: String, _ expected: [String], _ actual: [String]) -> [String] {
        (0..<max(expected.count, actual.count)).flatMap { index -> [String] in
            let want = expected.indices.contains(index) ? expected[index] : nil
            let got = actual.indices.contains(index) ? actual[index] : nil
            guard want != got else { return [] }
            return ["\(label) \(index + 1):", "- " + (want ?? "(none)"), "+ " + (got ?? "(none)")]
        }
    }

    /// A golden file split at its headers.
    private struct Sections {
        var text: [String], style: [String], legend: [String]

        init(_ file: String) {
            var lines = file.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            let styleStart = lines.firstIndex(of: Golden.styleHeader) ?? lines.count
            let legendStart = lines.firstIndex(of: Golden.legendHeader) ?? lines.count
            text = Array(lines[..<min(styleStart, legendStart)])
            style = styleStart < legendStart ? Array(lines[(styleStart + 1)..<legendStart]) : []
            legend = legendStart < lines.count ? Array(lines[(legendStart + 1)...]) : []
        }
    }
}

/// A screen's styles as one character per cell, with the legend that names each character's style.
struct StyleMap {
    private(set) var rows: [String] = []
    private(set) var legend: [String] = []

    private static let symbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// `reusing` a golden's legend gives its styles the same characters there; other styles take the
    /// first characters that legend leaves free.
    init(_ grid: CellGrid, reusing reused: [String] = []) {
        let reusedSymbols = Dictionary(reused.compactMap { line -> (String, Character)? in
            guard let symbol = line.first, line.dropFirst().first == " " else { return nil }
            return (String(line.dropFirst(2)), symbol)
        }, uniquingKeysWith: { first, _ in first })
        var free = Self.symbols.filter { !reusedSymbols.values.contains($0) }[...]
        var symbolOf: [Style: Character] = [.plain: "."]
        legend = [". plain"]
        for row in 0..<grid.height {
            var line = ""
            for column in 0..<grid.width {
                let style = grid[row, column].style
                if symbolOf[style] == nil {
                    let description = Self.describe(style)
                    let symbol = reusedSymbols[description] ?? free.popFirst() ?? "?"
                    symbolOf[style] = symbol
                    legend.append("\(symbol) \(description)")
                }
                line.append(symbolOf[style]!)
            }
            while line.last == "." { line.removeLast() }
            rows.append(line)
        }
    }

    /// "bold reverse yellow on blue": the attributes, then the colours.
    static func describe(_ style: Style) -> String {
        let attributes = [(style.bold, "bold"), (style.dim, "dim"), (style.reverse, "reverse"), (style.underline, "underline")]
        var words = attributes.filter(\.0).map(\.1)
        if let foreground = style.foreground { words.append("\(foreground)") }
        if let background = style.background { words.append("on \(background)") }
        return words.isEmpty ? "plain" : words.joined(separator: " ")
    }
}
