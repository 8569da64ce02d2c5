import Learning

/// What each sign in the outline means, for the help (and, in the same words, the README): built from
/// the glyphs the outline draws, so the legend cannot name a sign that is not drawn.
enum OutlineLegend {
    static let signs: [(sign: String, meaning: String)] = [
        (StatusBadge.glyph(.completed), "Completed (derived): the response reports work done, promises none, and mentions every part"),
        (StatusBadge.glyph(.inProgress), "In progress (derived): work under way, done with more promised, or a part not mentioned"),
        (StatusBadge.glyph(.planned), "Planned (derived): the response only promises work"),
        (OutlinePane.unfoldedMarker, "Parts shown; h or ← folds them"),
        (OutlinePane.foldedMarker, "Parts folded; Enter or → shows them"),
        (OutlinePane.noteMarker, "The item has a note"),
        (OutlinePane.markMarker, "The item is marked for the session plan"),
    ]
}
