/// How a derived fact is said in one line wherever it is shown (reader, `show`, lists), so that it
/// always reads as derived and always quotes its words: "completed — ‘are undertaken’, line 106".
extension RecommendationStatus {
    /// The label every status line starts with: the status is casebook's reading, not the author's.
    public static let label = "Status (derived)"

    /// The words that decided it: the marker, else the sentence.
    public var evidence: Evidence { marker ?? sentence }

    /// "completed — ‘are undertaken’, line 106".
    public var summary: String {
        value.rawValue + " — " + DerivedWording.quoted(evidence)
    }
}

extension UnansweredPart {
    /// "6b, line 100: the response does not mention this part".
    public var summary: String {
        "\(id)" + (evidence.line.map { ", line \($0)" } ?? "") + ": the response does not mention this part"
    }
}

public enum DerivedWording {
    /// "‘are undertaken’, line 106", the words cut to a dozen.
    public static func quoted(_ evidence: Evidence) -> String {
        "‘" + shortened(evidence.text) + "’" + (evidence.line.map { ", line \($0)" } ?? "")
    }

    static func shortened(_ text: String, words: Int = 12) -> String {
        let all = text.split(whereSeparator: \.isWhitespace)
        return all.prefix(words).joined(separator: " ") + (all.count > words ? "…" : "")
    }
}
