import Content

/// What `check` shows of the furniture set aside: a line of the furniture list per element (its kind
/// and the start of its text), and one warning naming the kinds, so a page's menus are summarised,
/// never listed link by link.
enum HTMLFurnitureSummary {
    static let shownCharacters = 60

    static func lines(_ removed: [HTMLTextWriter.Removed]) -> [FurnitureLine] {
        removed.map { item in
            let text = item.text.count > shownCharacters ? item.text.prefix(shownCharacters) + "…" : item.text
            return FurnitureLine(line: item.line, text: text.isEmpty ? item.kind : "\(item.kind): \(text)", kind: .webPageElement)
        }
    }

    /// "web page furniture set aside: navigation (2), cookie banner, skip link, script (3)".
    static func warning(_ removed: [HTMLTextWriter.Removed]) -> String? {
        guard !removed.isEmpty else { return nil }
        var kinds: [(String, Int)] = []
        for item in removed {
            if let index = kinds.firstIndex(where: { $0.0 == item.kind }) { kinds[index].1 += 1 } else { kinds.append((item.kind, 1)) }
        }
        return "web page furniture set aside: " + kinds.map { $0.1 == 1 ? $0.0 : "\($0.0) (\($0.1))" }.joined(separator: ", ")
    }
}
