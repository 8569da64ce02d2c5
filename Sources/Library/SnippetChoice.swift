/// One match of a query's phrase in a passage: which phrase, and the token it starts at.
struct SnippetInstance: Equatable {
    var phrase: Int
    var offset: Int
}

/// Where FTS5's `snippet()` starts its excerpt, chosen as SQLite 3.40 chooses it, in time linear in the
/// matches. SQLite scores a window of `tokens` tokens from each match (and from the start of the
/// sentence before it) by reading every match of the passage again: 80,000 matches in one passage
/// took 83 s. The matches come in token order, so the windows only move forward; each is kept by
/// two indices and a count of each phrase's matches inside it.
enum SnippetChoice {
    /// The first token of the excerpt; nil where a match lies past the end of the passage (SQLite
    /// reports the index as corrupt). `instances`: the passage's matches in the order FTS5 gives
    /// them; `sentenceStarts`: the tokens that start a sentence, ascending; `columnSize`: the
    /// passage's length in tokens.
    static func start(of instances: [SnippetInstance], phraseSizes: [Int], sentenceStarts: [Int],
                      columnSize: Int, tokens: Int) -> Int? {
        choose(instances, phraseSizes: phraseSizes, sentenceStarts: sentenceStarts, columnSize: columnSize, tokens: tokens)?.start
    }

    /// The start, and how many times a match entered or left a window on the way (the work done).
    static func choose(_ instances: [SnippetInstance], phraseSizes: [Int], sentenceStarts: [Int],
                       columnSize: Int, tokens: Int) -> (start: Int, moves: Int)? {
        let inOrder = zip(instances, instances.dropFirst()).allSatisfy { $0.offset <= $1.offset }
        var fromMatch = Window(instances, phraseSizes: phraseSizes, tokens: tokens, ordered: inOrder)
        var fromSentence = Window(instances, phraseSizes: phraseSizes, tokens: tokens, ordered: inOrder)
        var best = 0, bestStart = 0, sentence = 0
        for instance in instances {
            let offset = instance.offset
            guard offset <= columnSize else { return nil }
            let window = fromMatch.score(from: offset)
            if window.score > best {
                best = window.score
                bestStart = adjusted(window, columnSize: columnSize, tokens: tokens)
            }
            guard !sentenceStarts.isEmpty && columnSize > tokens else { continue }
            // The last sentence that starts at or before the match (the first when none does).
            while sentence < sentenceStarts.count - 1 && sentenceStarts[sentence + 1] <= offset { sentence += 1 }
            let start = sentenceStarts[sentence]
            guard start < offset else { continue }
            let score = fromSentence.score(from: start).score + (start == 0 ? 120 : 100)
            if score > best {
                best = score
                bestStart = start
            }
        }
        return (bestStart, fromMatch.moves + fromSentence.moves)
    }

    /// The window's start moved back so that its matches sit in the middle, kept within the passage.
    private static func adjusted(_ window: Window.Score, columnSize: Int, tokens: Int) -> Int {
        var start = window.first - (tokens - (window.last - window.first)) / 2
        if start + tokens > columnSize { start = columnSize - tokens }
        return max(0, start)
    }

    /// The matches within `tokens` tokens from a start that never moves back.
    struct Window {
        struct Score {
            /// 1,000 for each phrase found, 1 for each further match of one.
            var score = 0
            /// The first match's token (-1 when there is none).
            var first = -1
            /// The token after the last match's phrase (0 when there is none).
            var last = 0
        }

        private let instances: [SnippetInstance]
        private let phraseSizes: [Int]
        private let tokens: Int
        private let ordered: Bool
        /// The matches inside the window: `instances[low..<high]`.
        private var low = 0, high = 0
        private var inside: [Int]
        private var phrasesInside = 0
        /// How many times a match entered or left the window (what the choice costs): at most twice the matches.
        private(set) var moves = 0

        init(_ instances: [SnippetInstance], phraseSizes: [Int], tokens: Int, ordered: Bool) {
            self.instances = instances
            self.phraseSizes = phraseSizes
            self.tokens = tokens
            self.ordered = ordered
            inside = Array(repeating: 0, count: phraseSizes.count)
        }

        /// The score of the window from `start`, no smaller than the last start asked for.
        mutating func score(from start: Int) -> Score {
            guard ordered && tokens > 0 else { return Self.scan(instances, phraseSizes: phraseSizes, from: start, tokens: tokens) }
            let end = start + tokens
            while high < instances.count && instances[high].offset < end {
                enter(instances[high].phrase)
                high += 1
            }
            while low < high && instances[low].offset < start {
                leave(instances[low].phrase)
                low += 1
            }
            guard low < high else { return Score() }
            let last = instances[high - 1]
            let count = high - low
            return Score(score: 1000 * phrasesInside + (count - phrasesInside), first: instances[low].offset,
                         last: last.offset + phraseSizes[last.phrase])
        }

        private mutating func enter(_ phrase: Int) {
            moves += 1
            if inside[phrase] == 0 { phrasesInside += 1 }
            inside[phrase] += 1
        }

        private mutating func leave(_ phrase: Int) {
            moves += 1
            inside[phrase] -= 1
            if inside[phrase] == 0 { phrasesInside -= 1 }
        }

        /// SQLite's own scoring, every match read: for matches FTS5 did not give in token order.
        static func scan(_ instances: [SnippetInstance], phraseSizes: [Int], from start: Int, tokens: Int) -> Score {
            var seen = Set<Int>()
            var result = Score()
            for instance in instances where instance.offset >= start && instance.offset < start + tokens {
                result.score += seen.insert(instance.phrase).inserted ? 1000 : 1
                if result.first < 0 { result.first = instance.offset }
                result.last = instance.offset + phraseSizes[instance.phrase]
            }
            return result
        }
    }
}
