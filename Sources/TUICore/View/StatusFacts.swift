import Content

/// Gathers what the status line says from the state, so `StatusLine` draws only its facts.
enum StatusFacts {
    static func of(_ state: BrowserState, content: ReaderContent, top: Int, layout: Layout) -> StatusLine.Facts {
        StatusLine.Facts(message: state.message, summary: querySummary(state), title: state.document.title,
                         position: position(state, compact: false), compactPosition: position(state, compact: true),
                         progress: progress(content: content, top: top, layout: layout), hints: keyHints(state, layout: layout))
    }

    /// The filter and search in force: "& exclusion: 1 of 10 recommendations · /reachable: match 3 of 14".
    static func querySummary(_ state: BrowserState) -> String? {
        var parts: [String] = []
        if let filter = state.filter {
            parts.append("& \(filter.text): \(filter.result.recommendations.count) of \(filter.result.totalRecommendations) recommendations")
        }
        if let search = state.search {
            let count = search.result.matchCount
            if let current = state.currentMatch {
                parts.append("/\(search.text): match \(current + 1) of \(count)")
            } else {
                parts.append("/\(search.text): \(count) match\(count == 1 ? "" : "es")")
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// "Recommendation 3 of 10", "Introduction", "Section 1 of 2" ("Rec 3/10" when compact); the
    /// pane's name when only one shows.
    static func position(_ state: BrowserState, compact: Bool) -> String {
        let count = state.document.recommendationCount
        let sections = state.document.sections.count
        var text: String
        switch state.selection.item {
        case .introduction:
            text = compact ? "Intro" : "Introduction"
        case let .section(index):
            text = compact ? "Section \(index + 1)/\(sections)" : "Section \(index + 1) of \(sections)"
        case let .recommendation(number, _):
            // "PR1" for a coded recommendation: two series may both have a 1.
            let series = state.document.text.recommendations.firstIndex(of: state.selection.item)
                .flatMap { state.document.recommendation(at: $0)?.series } ?? ""
            let id = series + "\(number)" + (state.selection.part.map { String($0) } ?? "")
            text = compact ? "Rec \(id)/\(count)" : "Recommendation \(id) of \(count)"
        }
        // Opened from the library, the address names the review: "Child J · Rec 5b/10".
        if let label = state.documentLabel { text = Self.cut(label, compact ? 12 : 24) + " · " + text }
        if state.layout.isSinglePane { text = "[\(state.focus.name)] " + text }
        return text
    }

    /// The review's name cut to `width`, but never its library id ("Child EF #1234" cut as "Child… #1234"):
    /// the id is what tells it from another review of the same name (`ReviewName.distinct`).
    static func cut(_ label: String, _ width: Int) -> String {
        guard let mark = label.range(of: " #", options: .backwards), label[mark.upperBound...].allSatisfy({ $0.isASCII && $0.isNumber }),
              mark.upperBound < label.endIndex, DisplayWidth.of(label) > width else { return Truncate.toWidth(label, width) }
        let id = String(label[mark.lowerBound...])
        return Truncate.toWidth(String(label[..<mark.lowerBound]), max(1, width - DisplayWidth.of(id))) + id
    }

    /// How far through the reader's text, as less shows it: "Top", "42%", "End"; nothing when it all
    /// fits or the reader is hidden.
    static func progress(content: ReaderContent, top: Int, layout: Layout) -> String {
        let total = content.lines.count
        let height = layout.readerTextHeight
        guard total > height, layout.reader.width > 0 else { return "" }
        if top == 0 { return "  Top" }
        let bottom = min(total, top + height)
        if bottom >= total { return "  End" }
        return "  \(bottom * 100 / total)%"
    }

    /// Key hints, longest first; the status line shows the longest that fits.
    static func keyHints(_ state: BrowserState, layout: Layout) -> [String] {
        if state.mode.input == .help { return ["Esc close"] }
        if state.mode.input == .list { return ["Enter go  Esc close", "Esc close"] }
        guard layout.isSinglePane else { return ["? help  q quit", "? help"] }
        let tab = "Tab \(state.focus.other.name.lowercased())"
        return [tab + "  ? help  q quit", tab + "  ? help", tab]
    }
}
