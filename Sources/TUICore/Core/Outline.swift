import Content

/// One selectable row of the outline: the introduction, a section heading, a recommendation or a part.
struct OutlineRow: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case introduction, section, recommendation, part }

    var selection: Selection
    /// The short id shown before the gist ("3", "3a"), empty for the introduction and sections.
    var label: String
    /// The one-line text: a section title or a recommendation's gist.
    var text: String
    /// For a gist that opens as another does: the words after that shared opening, shown after "…"
    /// when the whole gist does not fit (see `SharedOpenings`). Always the end of `text`.
    var distinctText: String? {
        get { distinctStart.map { String(Substring(text.utf8.dropFirst(Int($0)))) } }
        set {
            guard let rest = newValue, text.hasSuffix(rest) else { distinctStart = nil; return }
            distinctStart = Int32(text.utf8.count - rest.utf8.count)
        }
    }
    /// Where `distinctText` starts in `text`, in UTF-8 bytes: an offset, where a string of its own took
    /// 16 bytes in every row (with the small fields last, a row is 80 bytes, not 104; a document of
    /// 100,000 headings has as many rows).
    var distinctStart: Int32?
    var kind: Kind
    /// For recommendations: whether it has parts, and whether they are folded away.
    var hasParts = false
    var isFolded = false

    init(selection: Selection, kind: Kind, label: String, text: String, hasParts: Bool = false) {
        self.selection = selection
        self.kind = kind
        self.label = label
        self.text = text
        self.hasParts = hasParts
    }
}

/// The outline's rows are `OutlineRows`, made from an `OutlineModel`.
enum Outline {
    /// Each recommendation's item, in document order: a number seen before takes the next occurrence.
    /// The document's text names them so already: shared with it, not made again.
    static func recommendationItems(of document: ReviewDocument) -> [Place.Item] {
        document.text.recommendations
    }
}
