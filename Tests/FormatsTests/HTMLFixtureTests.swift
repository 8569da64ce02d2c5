import Content
import Foundation
import TestFixtures
import Testing
@testable import Formats

/// Each saved web page in Fixtures/html against its `NAME.expected.json`: the text the reader extracts
/// (exactly, line by line, with the roles and the furniture set aside), and what the model makes of it
/// today. `CASEBOOK_RECORD_GOLDENS=1` rewrites the expectations from what the reader does (review the diff).
@Suite struct HTMLFixtureTests {
    static let pages: [String] = {
        guard let directory = FixtureFile.directory?.appendingPathComponent("html"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".html") }.sorted()
    }()

    @Test func fixturesArePresent() {
        #expect(Self.pages.count >= 4, "html fixtures not found in the test bundle")
    }

    @Test(arguments: pages)
    func matchesItsExpectation(_ name: String) throws {
        let page = try HTMLPage(name)
        let actual = page.expectation()
        if ProcessInfo.processInfo.environment["CASEBOOK_RECORD_GOLDENS"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try (encoder.encode(actual) + Data("\n".utf8)).write(to: page.sourceExpectationURL)
            return
        }
        let expected = try JSONDecoder().decode(HTMLExpectation.self, from: Data(contentsOf: page.expectationURL))
        #expect(actual.error == expected.error)
        #expect(actual.extracted?.declaredTitle == expected.extracted?.declaredTitle)
        #expect(actual.extracted?.lines == expected.extracted?.lines)
        #expect(actual.extracted?.headings == expected.extracted?.headings)
        #expect(actual.extracted?.tableRows == expected.extracted?.tableRows)
        #expect(actual.extracted?.furniture == expected.extracted?.furniture)
        #expect(actual.extracted?.warnings == expected.extracted?.warnings)
        #expect(actual.model == expected.model)
    }

    /// Every word of the page a browser shows is either in the extracted text, once, or in the
    /// furniture `check` lists: counted against the page's own text, tags stripped, not the reader's tree.
    @Test(arguments: pages)
    func everyShownWordIsTextOrFurniture(_ name: String) throws {
        let page = try HTMLPage(name)
        let reading = page.reading
        let lines = reading.extracted.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            reading.markers[index + 1].map { String(line.dropFirst($0.count)) } ?? String(line)
        }
        let read = lines.flatMap(words) + reading.removed.flatMap { words($0.text) }
        #expect(read.sorted() == words(HTMLPage.shownText(page.data)).sorted())
    }

    /// Nothing lost: the parsed model holds every word of the extracted text, exactly as often and in order.
    @Test(arguments: pages)
    func theModelKeepsEveryWordOfTheText(_ name: String) throws {
        let page = try HTMLPage(name)
        guard !page.reading.isErrorPage else { return }
        let document = try DocumentOpener.parse(page.data, source: name)
        if let mismatch = wordMismatch(model: modelWords(document), source: words(page.reading.extracted.text)) {
            Issue.record("\(name): \(mismatch)")
        }
    }
}

/// One fixture page, read.
struct HTMLPage {
    let name: String
    let url: URL
    let data: Data
    let reading: HTMLReader.Reading

    init(_ name: String) throws {
        guard let directory = FixtureFile.directory else { throw FixtureError("no fixtures") }
        self.name = name
        url = directory.appendingPathComponent("html").appendingPathComponent(name)
        data = try Data(contentsOf: url)
        reading = HTMLReader.read(data)
    }

    var expectationURL: URL { url.deletingPathExtension().appendingPathExtension("expected.json") }

    /// The expectation in the source tree (not the copy in the test bundle), for recording.
    var sourceExpectationURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TestFixtures/Fixtures/html")
            .appendingPathComponent(expectationURL.lastPathComponent)
    }

    func expectation() -> HTMLExpectation {
        do {
            let document = try DocumentOpener.parse(data, source: "/somewhere/" + name)
            let extracted = reading.extracted
            var headings: [String: Int] = [:], rows: [String: Bool] = [:]
            for (line, role) in extracted.roles {
                switch role {
                case let .heading(level): headings[String(line)] = level
                case let .tableRow(header): rows[String(line)] = header
                }
            }
            return HTMLExpectation(
                extracted: .init(declaredTitle: extracted.declaredTitle,
                                 lines: extracted.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                 headings: headings, tableRows: rows,
                                 furniture: extracted.furniture.map { "line \($0.line): \($0.text)" },
                                 warnings: extracted.warnings.map(\.description)),
                model: .init(title: document.title, titleLines: document.titleLines,
                             introductionBlocks: document.introduction.map(\.kind.rawValue),
                             recommendations: document.recommendations.map(\.number),
                             responses: document.recommendations.map { $0.response?.label ?? "" }))
        } catch {
            return HTMLExpectation(error: error.message)
        }
    }

    /// The text a browser shows, by stripping: no head, scripts, styles or comments, the tags of inline
    /// elements nothing, every other tag a space, character references decoded.
    static func shownText(_ data: Data) -> String {
        var text = HTMLCharset.decode(data).text
        for pattern in ["<!--.*?-->", "(?is)<head[ >].*?</head>", "(?is)<(script|style|noscript|template)[^>]*>.*?</\\1>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        text = text.replacingOccurrences(of: "(?i)</?(a|span|strong|em|b|i|u|abbr|small|font|sup|sub|time|code)( [^>]*)?>", with: "",
                                         options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return HTMLEntities.decode(Substring(text))
    }
}

struct HTMLExpectation: Codable, Equatable {
    struct Extracted: Codable, Equatable {
        var declaredTitle: String?
        var lines: [String]
        /// Line → heading level.
        var headings: [String: Int]
        /// Line → whether the row is a header row.
        var tableRows: [String: Bool]
        var furniture: [String]
        var warnings: [String]
    }

    struct Model: Codable, Equatable {
        var title: String
        var titleLines: [String]
        var introductionBlocks: [String]
        var recommendations: [Int]
        var responses: [String]
    }

    /// The one line a page that is not a document gets.
    var error: String?
    var extracted: Extracted?
    var model: Model?
}
