import Foundation
import GRDB
@testable import Library
import TestFixtures
import Testing

/// `casebook_snippet` against SQLite's own `snippet()`: the same bytes, with work that grows with the matches.
@Suite struct LinearSnippetTests {
    /// The library's full-text table, with the passages given, and both functions.
    func index(_ texts: [String]) throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try LinearSnippetFunction.register(in: db)
            try db.execute(sql: """
                CREATE VIRTUAL TABLE passage USING fts5(
                    document_id UNINDEXED, item UNINDEXED, zone UNINDEXED, text,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
                )
                """)
            for text in texts { try db.execute(sql: "INSERT INTO passage (document_id, item, zone, text) VALUES (1, '1', 'recommendation', ?)", arguments: [text]) }
        }
        return queue
    }

    /// Every row's excerpt by both functions, for each query and length.
    func expectSameExcerpts(_ queue: DatabaseQueue, queries: [String], lengths: [Int]) throws {
        var compared = 0
        try queue.read { db in
            for query in queries {
                for length in lengths {
                    let rows = try Row.fetchAll(db, sql: """
                        SELECT rowid, snippet(passage, 3, '\u{E000}', '\u{E001}', '…', ?) AS theirs,
                               casebook_snippet(passage, 3, '\u{E000}', '\u{E001}', '…', ?) AS ours
                        FROM passage WHERE passage MATCH ?
                        """, arguments: [length, length, query])
                    for row in rows {
                        let (theirs, ours): (String?, String?) = (row["theirs"], row["ours"])
                        #expect(ours == theirs, "\(query) in row \(row["rowid"] as Int64), \(length) tokens")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 0)
    }

    @Test func everyFixturesExcerptIsSQLitesByteForByte() throws {
        var texts: [String] = []
        for fixture in FixtureFile.all {
            let text = try fixture.text()
            texts.append(text)
            texts += text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        }
        let queue = try index(texts)
        try expectSameExcerpts(queue, queries: [
            "the", "review", "child*", "sa*", "\"the review\"", "school OR police", "NEAR(review child, 4)",
            "of the", "recommendation", "partnership safeguarding", "a", "\"of the\" board",
        ], lengths: [1, 2, 5, 14, 64])
    }

    @Test func awkwardPassagesAreSQLitesByteForByte() throws {
        let sentences = (0..<300).map { "Paragraph \($0) words here." }.joined(separator: "\n\n")
        let pairs = (0..<500).map { "here word\($0)" }.joined(separator: " ")
        let queue = try index([
            sentences, pairs, "here", "Here: here. here", "a a a a a a b a a", "Café café CAFÉ cafe: cafés",
            "one two\0 three here four", "  leading here  .  trailing: here  ", "x " + String(repeating: "here ", count: 40),
            "Recommendation 1\n\nhere\n\nPart: b here. c here: d here",
        ])
        try expectSameExcerpts(queue, queries: [
            "here", "words here", "\"words here\"", "paragraph", "here word1*", "a", "\"a a\"", "\"a a\" b", "cafe*",
            "NEAR(here word, 2)", "three OR four", "c* here",
        ], lengths: [1, 2, 3, 14, 64])
    }

    /// SQLite's choice, every match read for every window: the reference the windows must agree with.
    func quadraticStart(_ instances: [SnippetInstance], phraseSizes: [Int], sentenceStarts: [Int], columnSize: Int, tokens: Int) -> Int {
        var best = 0, bestStart = 0
        for instance in instances {
            let window = SnippetChoice.Window.scan(instances, phraseSizes: phraseSizes, from: instance.offset, tokens: tokens)
            if window.score > best {
                best = window.score
                var start = window.first - (tokens - (window.last - window.first)) / 2
                if start + tokens > columnSize { start = columnSize - tokens }
                bestStart = max(0, start)
            }
            guard !sentenceStarts.isEmpty && columnSize > tokens else { continue }
            let sentence = sentenceStarts.dropFirst().firstIndex { $0 > instance.offset }.map { $0 - 1 } ?? sentenceStarts.count - 1
            let start = sentenceStarts[sentence]
            guard start < instance.offset else { continue }
            let score = SnippetChoice.Window.scan(instances, phraseSizes: phraseSizes, from: start, tokens: tokens).score + (start == 0 ? 120 : 100)
            if score > best { (best, bestStart) = (score, start) }
        }
        return bestStart
    }

    @Test func theChoiceIsSQLitesWithWorkInProportionToTheMatches() throws {
        var generator = SystemRandomNumberGenerator()
        for size in [10, 100, 1_000, 2_000] {
            for _ in 0..<5 {
                let columnSize = size * 3
                let phraseSizes = [1, 2, 1]
                let offsets = (0..<size).map { _ in Int.random(in: 0..<columnSize, using: &generator) }.sorted()
                let instances = offsets.map { SnippetInstance(phrase: Int.random(in: 0..<3, using: &generator), offset: $0) }
                let sentenceStarts = [0] + Set((0..<(size / 3)).map { _ in Int.random(in: 1..<columnSize, using: &generator) }).sorted()
                let choice = try #require(SnippetChoice.choose(instances, phraseSizes: phraseSizes, sentenceStarts: sentenceStarts,
                                                               columnSize: columnSize, tokens: 14))
                #expect(choice.start == quadraticStart(instances, phraseSizes: phraseSizes, sentenceStarts: sentenceStarts,
                                                       columnSize: columnSize, tokens: 14))
                // Each match enters and leaves each of the two windows once at most.
                #expect(choice.moves <= 4 * size)
            }
        }
    }

    @Test func eightyThousandMatchesInOnePassageCostEightyThousandSteps() throws {
        // The audit's passage: one match a sentence, every sentence four tokens.
        let count = 80_000
        let instances = (0..<count).map { SnippetInstance(phrase: 0, offset: 4 * $0 + 3) }
        let choice = try #require(SnippetChoice.choose(instances, phraseSizes: [1], sentenceStarts: (0..<count).map { 4 * $0 },
                                                       columnSize: 4 * count, tokens: 14))
        #expect(choice.moves <= 4 * count)
        #expect(choice.start == 0)
    }

    @Test func aMatchPastThePassagesEndIsReportedAsSQLiteDoes() {
        #expect(SnippetChoice.start(of: [SnippetInstance(phrase: 0, offset: 9)], phraseSizes: [1], sentenceStarts: [0],
                                    columnSize: 5, tokens: 14) == nil)
    }
}
