@testable import Content
import Foundation
import TestFixtures
import Testing

/// Each fixture against its sidecar `name.expected.json`.
@Suite struct FixtureExpectationTests {
    @Test func everyFixtureHasASidecar() {
        #expect(FixtureFile.all.count >= 5, "fixtures not found in the test bundle")
        for fixture in FixtureFile.all {
            #expect(FileManager.default.fileExists(atPath: fixture.expectationURL.path),
                    "\(fixture.name) has no \(fixture.expectationURL.lastPathComponent)")
        }
    }

    @Test(arguments: FixtureFile.all)
    func matchesItsSidecar(_ fixture: FixtureFile) throws {
        SidecarCheck(document: try fixture.parse()).run(try fixture.expectation())
    }
}

/// Compares one parsed document with one sidecar, recording an issue per difference.
struct SidecarCheck {
    let document: ReviewDocument

    func run(_ expected: FixtureExpectation) {
        if let titleLines = expected.titleLines { #expect(document.titleLines == titleLines) }
        if let count = expected.introductionBlocks {
            #expect(document.introduction.count == count,
                    "introduction: \(document.introduction.map { String($0.plainText.prefix(40)) })")
        }
        if let sections = expected.sections { checkSections(sections) }
        if let recommendations = expected.recommendations { checkRecommendations(recommendations) }
        checkFurniture(expected)
        checkWarnings(expected)
        for text in expected.texts ?? [] { checkText(text) }
        for list in expected.lists ?? [] { checkList(list) }
        for lines in expected.blockLines ?? [] { checkBlockLines(lines) }
    }

    func checkSections(_ expected: [SectionExpectation]) {
        #expect(document.sections.map(\.title) == expected.map(\.title))
        #expect(document.sections.map { $0.recommendations.map(\.number) } == expected.map(\.recommendations))
    }

    func checkRecommendations(_ expected: [RecommendationExpectation]) {
        let actual = document.recommendations
        #expect(actual.map(\.number) == expected.map(\.number), "recommendation numbers")
        for (recommendation, expectation) in zip(actual, expected) {
            let name = "recommendation \(recommendation.number) (line \(recommendation.lines.first))"
            if let heading = expectation.heading { #expect(recommendation.heading == heading, "\(name) heading") }
            if let title = expectation.title { #expect((recommendation.title ?? "") == title, "\(name) title") }
            if let count = expectation.textBlocks { #expect(recommendation.text.count == count, "\(name) text blocks") }
            if let parts = expectation.parts {
                #expect(recommendation.parts.map { String($0.label) } == parts, "\(name) part letters")
            }
            if let markers = expectation.partMarkers {
                #expect(recommendation.parts.map(\.marker) == markers, "\(name) part markers")
            }
            if let label = expectation.responseLabel {
                #expect((recommendation.response?.label ?? "") == label, "\(name) response label")
            }
            if let stated = expectation.statedStatus {
                #expect((recommendation.response?.statedStatus?.kind.rawValue ?? "") == stated, "\(name) stated status")
            }
            if let timeline = expectation.timeline {
                #expect((recommendation.response?.timeline ?? []).map(\.date) == timeline, "\(name) timeline")
            }
            if let series = expectation.series { #expect(recommendation.series == series, "\(name) series") }
            if let kinds = expectation.responseBlocks {
                #expect((recommendation.response?.blocks ?? []).map(\.kind.rawValue) == kinds, "\(name) response blocks")
            }
            if let owner = expectation.owner { #expect((recommendation.owner ?? "") == owner, "\(name) owner") }
            if let due = expectation.due { #expect((recommendation.due ?? "") == due, "\(name) due") }
            if let stated = expectation.statedWords {
                #expect((recommendation.response?.statedStatus?.words ?? "") == stated, "\(name) stated status")
            }
            if let fields = expectation.fields {
                #expect(recommendation.fields.map { $0.column + ": " + $0.text } == fields, "\(name) fields")
            }
        }
    }

    func checkFurniture(_ expected: FixtureExpectation) {
        if let furniture = expected.furniture {
            let actual = document.furniture.filter { $0.kind != .pageBreak }
                .map { FurnitureExpectation(line: $0.line, kind: $0.kind.rawValue) }
            #expect(Set(actual) == Set(furniture), "furniture: \(document.furniture)")
        }
        for line in expected.pageBreakLines ?? [] {
            #expect(document.furniture.contains { $0.line == line }, "no furniture for the page break at line \(line)")
        }
    }

    func checkWarnings(_ expected: FixtureExpectation) {
        for warning in expected.warnings ?? [] {
            let found = document.warnings.contains { actual in
                (warning.line == nil || actual.line == warning.line)
                    && actual.message.lowercased().contains(warning.contains.lowercased())
            }
            #expect(found, "no warning \(warning.line.map { "at line \($0) " } ?? "")containing “\(warning.contains)” in \(document.warnings.map(\.description))")
        }
        if let count = expected.warningCount {
            #expect(document.warnings.count == count, "warnings: \(document.warnings.map(\.description))")
        }
    }

    func checkText(_ expected: TextExpectation) {
        guard let blocks = blocks(at: expected.in) else { return }
        let found = blocks.contains { $0.textPieces.contains { $0.contains(expected.text) } }
        #expect(found, "“\(expected.text)” is not inside one block piece at \(expected.in ?? "anywhere"); there: \(blocks.map(\.plainText))")
    }

    func checkList(_ expected: ListExpectation) {
        guard let blocks = blocks(at: expected.in) else { return }
        let lists = blocks.filter { $0.kind == .list }
        let index = expected.index ?? 0
        guard lists.indices.contains(index) else {
            Issue.record("no list #\(index) at \(expected.in ?? "anywhere"); blocks there: \(blocks.map(\.kind))")
            return
        }
        let list = lists[index]
        let name = "list #\(index) at \(expected.in ?? "anywhere")"
        #expect(list.items.count == expected.items, "\(name) items: \(list.items.map(\.fullText))")
        if let markers = expected.markers { #expect(list.items.map(\.marker) == markers, "\(name) markers") }
        if let intro = expected.intro { #expect(list.text == intro, "\(name) intro") }
        if let terms = expected.terms { #expect(list.items.map(\.term) == terms, "\(name) terms") }
        if let texts = expected.itemTexts { #expect(list.items.map(\.fullText) == texts, "\(name) item texts") }
    }

    func checkBlockLines(_ expected: BlockLinesExpectation) {
        guard let blocks = blocks(at: expected.in) else { return }
        guard blocks.indices.contains(expected.index) else {
            Issue.record("no block #\(expected.index) at \(expected.in)")
            return
        }
        let span = blocks[expected.index].lines
        #expect(span == SourceSpan(expected.first, expected.last),
                "block #\(expected.index) at \(expected.in): lines \(span.first)–\(span.last), expected \(expected.first)–\(expected.last)")
    }

    /// The blocks at a place, recording an issue when the place is missing.
    private func blocks(at place: String?) -> [Block]? {
        let blocks = document.blocks(at: place)
        if blocks == nil { Issue.record("no such place in the document: \(place ?? "")") }
        return blocks
    }
}
