import Content

/// What the outline has selected and the reader shows. Ids, not row numbers, so folding and
/// resizing never move the selection to a different item.
enum Selection: Sendable, Hashable {
    case introduction
    /// A section, by its index in `ReviewDocument.sections`.
    case section(Int)
    case recommendation(Int)
    case part(Int, Character)

    /// The recommendation this selection belongs to, if any.
    var recommendationNumber: Int? {
        switch self {
        case .introduction, .section: return nil
        case let .recommendation(number), let .part(number, _): return number
        }
    }

    init(_ id: ItemID) {
        if let letter = id.part { self = .part(id.number, letter) } else { self = .recommendation(id.number) }
    }
}
