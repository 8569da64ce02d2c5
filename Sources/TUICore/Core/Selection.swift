import Content

/// What the outline has selected and the reader shows: an item named as places name it (so a
/// search match, a note and the outline agree on it, even when two recommendations share a number),
/// and a part letter when a part is selected. Ids, not row numbers, so folding and resizing never
/// move the selection to a different item.
struct Selection: Sendable, Hashable {
    var item: Place.Item
    /// The selected part of a recommendation; nil for the recommendation itself and other items.
    var part: Character?

    static let introduction = Selection(item: .introduction)

    /// A section, by its index in `ReviewDocument.sections`.
    static func section(_ index: Int) -> Selection { Selection(item: .section(index)) }

    /// A recommendation; `occurrence` picks among recommendations that share the number.
    static func recommendation(_ number: Int, occurrence: Int = 0) -> Selection {
        Selection(item: .recommendation(number: number, occurrence: occurrence))
    }

    static func part(_ number: Int, _ letter: Character, occurrence: Int = 0) -> Selection {
        Selection(item: .recommendation(number: number, occurrence: occurrence), part: letter)
    }

    /// A typed id names the first recommendation with its number, as `:` jumps to it.
    init(_ id: ItemID) {
        self.init(item: .recommendation(id.number), part: id.part)
    }

    /// Where a library's address goes in `document`: a coded one ("PR2", series "PR") its own
    /// recommendation, not the first numbered 2 (E2); a plain number the first with it, as `:` does.
    /// Nil when the document has no such recommendation or part.
    static func address(_ id: ItemID, series: String, in document: ReviewDocument) -> Selection? {
        if !series.isEmpty, let code = ItemCode(series: series, number: id.number, part: id.part),
           let (index, occurrence) = document.locate(code) {
            let recommendation = document.recommendation(at: index)
            guard id.part == nil || recommendation?.parts.contains(where: { $0.label == id.part }) == true else { return nil }
            return Selection(item: .recommendation(number: id.number, occurrence: occurrence), part: id.part)
        }
        return document.contains(id) ? Selection(id) : nil
    }

    /// The item or part a place is in.
    init(of place: Place) {
        item = place.item
        if case let .part(letter) = place.zone { part = letter }
    }

    init(item: Place.Item, part: Character? = nil) {
        self.item = item
        self.part = part
    }

    /// The recommendation this selection belongs to, if any.
    var recommendationNumber: Int? {
        guard case let .recommendation(number, _) = item else { return nil }
        return number
    }

    /// The whole recommendation when a part is selected; otherwise the selection itself.
    var withoutPart: Selection { Selection(item: item) }

    var isRecommendation: Bool { recommendationNumber != nil && part == nil }

    /// The id a note or mark names it by: the number, and the series for a recommendation that is not
    /// the first with its number (PR2 after E2); nil outside recommendations.
    func noteKey(in document: ReviewDocument) -> ItemID? {
        guard case let .recommendation(number, occurrence) = item else { return nil }
        return document.noteKey(number: number, occurrence: occurrence, part: part)
    }

    /// Where a note key is: its own recommendation (PR2, not the first numbered 2), or the first with
    /// the number when the document has no such series.
    init(noteKey id: ItemID, in document: ReviewDocument) {
        self.init(item: .recommendation(number: id.number, occurrence: document.occurrence(of: id) ?? 0), part: id.part)
    }
}
