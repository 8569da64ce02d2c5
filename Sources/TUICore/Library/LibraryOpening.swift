import Content

/// A review the library browser opens first, as Enter on its row would (`casebook 12`, `casebook 12:5b`):
/// the library stays under it, for `L`.
public struct LibraryOpening: Sendable, Equatable {
    public var id: Int
    /// Where in the review, nil for where it was left; a code's series ("PR2") is tried before the plain id.
    public var item: ItemID?

    public init(id: Int, item: ItemID? = nil) {
        self.id = id
        self.item = item
    }

    /// Asks the runtime for the review, at the item: the series apart, as a search match names its place.
    var effect: Effect {
        .openReview(document: id, at: item.map { ItemID(number: $0.number, part: $0.part) }, series: item?.series ?? "")
    }
}
