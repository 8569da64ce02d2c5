import Content
import Learning

/// `casebook commitments`: every commitment a response makes, one row each, as text, CSV or JSON.
public enum CommitmentsReport {
    /// One commitment: the same fields in every format.
    public struct Row: Codable, Sendable, Equatable {
        /// The recommendation's id ("5").
        public var recommendation: String
        /// The sentence as written.
        public var sentence: String
        @NullWhenAbsent public var owner: String?
        @NullWhenAbsent public var due: String?
        /// "promised" or "under way": derived from the sentence's words.
        public var status: String
        /// The words that make it a commitment ("will be undertaken").
        public var words: String
        @NullWhenAbsent public var line: Int?
    }

    /// The commitments of the recommendations at `only` (indices into `document.recommendations`; nil for all).
    public static func rows(_ learning: LearningIndex, only: Set<Int>? = nil) -> [Row] {
        let recommendations = learning.document.recommendations
        return learning.recommendations.enumerated().filter { only?.contains($0.offset) ?? true }.flatMap { position, facts in
            // As written: "PR2", not the bare 2 that E2 also has.
            let series = recommendations.indices.contains(position) ? recommendations[position].series : ""
            return facts.commitments.map { commitment in
                Row(recommendation: series + "\(commitment.recommendation)", sentence: commitment.sentence.text,
                    owner: commitment.owner?.displayName, due: commitment.due?.period, status: status(of: commitment),
                    words: commitment.marker.text, line: commitment.sentence.line)
            }
        }
    }

    /// The commitments a library holds, each recommendation prefixed with its document's id ("12:5", "12:PR2").
    public static func rows(_ commitments: some Sequence<LibraryCommitment>) -> [Row] {
        commitments.map { commitment in
            Row(recommendation: "\(commitment.document):\(commitment.code)", sentence: commitment.sentence,
                owner: commitment.owner, due: commitment.due, status: commitment.status, words: commitment.words, line: commitment.line)
        }
    }

    public static func status(of commitment: Commitment) -> String {
        commitment.statusWords
    }

    public static let csvHeader = ["recommendation", "sentence", "owner", "due", "status", "line"]

    public static func csv(_ rows: [Row]) -> String {
        CSVWriter.csv(header: csvHeader, rows: rows.map {
            [$0.recommendation, $0.sentence, $0.owner ?? "", $0.due ?? "", $0.status, $0.line.map(String.init) ?? ""]
        })
    }

    public static func json(_ rows: [Row]) throws -> String {
        try JSONExporter.encode(rows)
    }

    /// "5  promised · Portsmouth City Council · due Q3 2021/22 · line 84", then the sentence, indented.
    public static func lines(_ rows: [Row], width: Int) -> [String] {
        let keyWidth = rows.map(\.recommendation.count).max() ?? 1
        let indent = String(repeating: " ", count: keyWidth + 2)
        let wrapper = PlainTextWrapper(width: width)
        return rows.flatMap { row -> [String] in
            let key = String(repeating: " ", count: keyWidth - row.recommendation.count) + row.recommendation + "  "
            let facts = [row.status, row.owner, row.due.map { "due " + $0 }, row.line.map { "line \($0)" }].compactMap { $0 }
            return wrapper.wrap(TerminalSafe.clean(facts.joined(separator: " · ")), firstPrefix: key, restPrefix: indent)
                + wrapper.wrap(TerminalSafe.clean(row.sentence), firstPrefix: indent, restPrefix: indent)
        }
    }
}
