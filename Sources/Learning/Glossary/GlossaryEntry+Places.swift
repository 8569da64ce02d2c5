import Content

extension GlossaryEntry {
    /// Where the acronym occurs: "intro", "section 2", "3a", "8", each place once, in order.
    public var occurrencePlaces: [String] {
        var seen = Set<String>()
        return occurrences.map(\.place.displayID).filter { seen.insert($0).inserted }
    }
}
