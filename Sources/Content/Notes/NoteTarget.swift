/// What a note, a mark or the reading position points at: the introduction, or a recommendation
/// or one of its parts. Stored as "introduction" or the item's id ("3", "3b"); an id's series (PR2 where
/// E2 is the first numbered 2) is stored beside it (`SeriesCoding`).
public enum NoteTarget: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    case introduction
    case item(ItemID)

    public var description: String {
        switch self {
        case .introduction: return "introduction"
        case let .item(id): return id.description
        }
    }

    public var itemID: ItemID? {
        if case let .item(id) = self { return id }
        return nil
    }

    /// The introduction comes first, then items in document order.
    public static func < (lhs: NoteTarget, rhs: NoteTarget) -> Bool {
        switch (lhs, rhs) {
        case (.introduction, .introduction): return false
        case (.introduction, .item): return true
        case (.item, .introduction): return false
        case let (.item(l), .item(r)): return l < r
        }
    }

    public init(from decoder: Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        if raw == "introduction" {
            self = .introduction
        } else if let id = ItemID(parsing: raw) {
            self = .item(id)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a note target: \(raw)"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(itemID?.plainDescription ?? description)
    }

    /// The series the target's id is in ("" for the introduction and the first with a number).
    public var series: String { itemID?.series ?? "" }

    /// The same target with its id in `series`.
    public func inSeries(_ series: String) -> NoteTarget {
        guard case let .item(id) = self else { return self }
        return .item(id.inSeries(series))
    }
}

extension ReviewDocument {
    /// The words a note on `target` is about: the introduction, a recommendation's own text
    /// (its lead text and parts, not the response), or one part. Nil when the document lacks it.
    public func anchorText(for target: NoteTarget) -> String? {
        switch target {
        case .introduction:
            return introduction.map(\.plainText).joined(separator: "\n")
        case let .item(id):
            if id.part != nil { return part(id)?.plainText }
            return recommendation(id)?.fullText
        }
    }

    /// How the document names a target, as its outline does: "E2", "PR2b" as coded, "3b"; "introduction".
    public func name(of target: NoteTarget) -> String {
        guard case let .item(key) = target, let recommendation = recommendation(key) else { return target.description }
        return recommendation.series + key.plainDescription
    }

    /// Every target in the document, in reading order: the introduction, then each recommendation
    /// followed by its parts, each by its note key.
    public var noteTargets: [NoteTarget] {
        [.introduction] + keyedRecommendations.flatMap { key, recommendation in
            [NoteTarget.item(key)] + recommendation.parts.map { .item(ItemID(number: key.number, part: $0.label, series: key.series)) }
        }
    }

    /// Every recommendation in order, with the id its notes and marks name it by (`noteKey`).
    public var keyedRecommendations: [(key: ItemID, recommendation: Recommendation)] {
        var seen: [Int: Int] = [:]
        return recommendations.map { recommendation in
            let occurrence = seen[recommendation.number, default: 0]
            seen[recommendation.number] = occurrence + 1
            return (Self.noteKey(recommendation, occurrence: occurrence), recommendation)
        }
    }

    /// The id notes and marks name a recommendation (or its part) by: its number, as ever, for the
    /// first with that number; with its series for a later one (PR2 after E2), so that a note on PR2
    /// is PR2's alone. Notes written before series were kept name the first, as they always did.
    public func noteKey(number: Int, occurrence: Int, part: Character? = nil) -> ItemID {
        guard occurrence > 0, let recommendation = recommendation(number: number, occurrence: occurrence) else {
            return ItemID(number: number, part: part)
        }
        return ItemID(number: number, part: part, series: Self.noteKey(recommendation, occurrence: occurrence).series)
    }

    /// The note key of what `id` names, whatever series it carries ("E2" as a library match names E2 is
    /// the key 2); an id the document lacks keeps its number and part.
    public func noteKey(naming id: ItemID) -> ItemID {
        occurrence(of: id).map { noteKey(number: id.number, occurrence: $0, part: id.part) } ?? id.withoutSeries
    }

    /// Where a note key's recommendation is among those sharing its number; nil when the document has none.
    public func occurrence(of key: ItemID) -> Int? {
        guard !key.series.isEmpty else { return recommendation(key) == nil ? nil : 0 }
        return ItemCode(series: key.series, number: key.number).flatMap(locate)?.occurrence
    }

    private static func noteKey(_ recommendation: Recommendation, occurrence: Int) -> ItemID {
        ItemID(number: recommendation.number, series: occurrence > 0 ? recommendation.series : "")
    }

    /// The `occurrence`-th recommendation numbered `number` (0 for the first).
    private func recommendation(number: Int, occurrence: Int) -> Recommendation? {
        var seen = 0
        for section in sections {
            for recommendation in section.recommendations where recommendation.number == number {
                if seen == occurrence { return recommendation }
                seen += 1
            }
        }
        return nil
    }
}
