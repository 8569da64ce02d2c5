/// The status a document states for a recommendation or its response, in its own words ("Accepted",
/// "Partially accepted", "Amber"): distinct from the status casebook derives from the response's text.
public struct StatedStatus: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case accepted, partiallyAccepted = "partially accepted", rejected, agreed, complete, ongoing,
             notStarted = "not started", red, amber, green
    }

    /// The words as written ("Partially Accepted", "AMBER").
    public var words: String
    public var kind: Kind

    public init(words: String, kind: Kind) {
        self.words = words
        self.kind = kind
    }

    /// The status word a text opens with ("Agreed. The Board will…", "Partially accepted –",
    /// "Amber", "Complete ✓"), or nil. The word must stand alone: followed by the end, punctuation, a
    /// dash or a symbol, not by another word.
    public static func opening(_ text: Substring) -> StatedStatus? {
        // Only the opening is read: lower-casing a whole long paragraph for each test made parsing slower.
        let lower = text.prefix(24).lowercased()
        for (phrase, kind) in phrases where lower.hasPrefix(phrase) {
            let after = lower.dropFirst(phrase.count)
            guard after.isEmpty || after.first.map({ ".,:;–—-! \t".contains($0) }) == true else { continue }
            if after.first == " " {
                // "Agreed that…" continues a sentence; "Agreed – …", "Agreed." and a status cell's
                // "Complete ✓" or "Amber (March)" open a response.
                let next = after.drop { $0 == " " }
                guard let following = next.first, following.isLetter || following.isNumber else {
                    return StatedStatus(words: String(text.prefix(phrase.count)), kind: kind)
                }
                continue
            }
            return StatedStatus(words: String(text.prefix(phrase.count)), kind: kind)
        }
        return nil
    }

    /// The acceptance word a paragraph begins with even when a sentence runs on from it ("Accepted in
    /// full, and…", "Not accepted because…"): read only where the document alternates recommendations
    /// and their unlabelled responses, so that "Agreed protocols should…" in a recommendation stays its text.
    public static func leading(_ text: Substring) -> StatedStatus? {
        if let opening = opening(text) { return opening }
        let lower = text.prefix(24).lowercased()
        for (phrase, kind) in phrases where acceptance.contains(kind) && lower.hasPrefix(phrase) {
            guard let after = lower.dropFirst(phrase.count).first, after == " " || after == "," else { continue }
            return StatedStatus(words: String(text.prefix(phrase.count)), kind: kind)
        }
        return nil
    }

    private static let acceptance: Set<Kind> = [.accepted, .partiallyAccepted, .rejected, .agreed]

    /// Longest first, so "partially accepted" wins over "accepted" would (it starts differently, but
    /// "not started" and such must be tried whole).
    static let phrases: [(String, Kind)] = [
        ("partially accepted", .partiallyAccepted), ("partly accepted", .partiallyAccepted),
        ("accepted in part", .partiallyAccepted), ("partially agreed", .partiallyAccepted),
        ("not accepted", .rejected), ("not agreed", .rejected), ("not started", .notStarted),
        ("accepted", .accepted), ("rejected", .rejected), ("agreed", .agreed), ("completed", .complete),
        ("complete", .complete), ("ongoing", .ongoing), ("in progress", .ongoing), ("red", .red),
        ("amber", .amber), ("green", .green),
    ]
}
