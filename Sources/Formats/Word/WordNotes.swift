import Content

/// Footnote and endnote references, numbered in the order they appear as Word numbers them
/// (footnotes 1, 2, 3; endnotes i, ii, iii), so the mark in the text and the note at the end match.
struct WordNoteReferences {
    enum Kind { case footnote, endnote }

    private(set) var footnotes: [String] = []
    private(set) var endnotes: [String] = []

    /// The mark put where the reference stands: "[1]", "[ii]".
    mutating func reference(_ id: String?, kind: Kind) -> String {
        guard let id else { return "" }
        func number(in ids: inout [String]) -> Int {
            if let index = ids.firstIndex(of: id) { return index + 1 }
            ids.append(id)
            return ids.count
        }
        return Self.mark(kind == .footnote ? number(in: &footnotes) : number(in: &endnotes), kind: kind)
    }

    static func mark(_ number: Int, kind: Kind) -> String {
        "[\(kind == .footnote ? String(number) : NumberFormat.roman(number).lowercased())]"
    }
}

extension WordBodyReader {
    /// The notes, after the body under a "Footnotes" (or "Endnotes") heading, each "[1] its text", in
    /// the order of their references; notes never referenced follow, so no word of them is lost.
    mutating func readNotes(_ part: XMLNode?, kind: WordNoteReferences.Kind) {
        guard let part else { return }
        let element = kind == .footnote ? "footnote" : "endnote"
        var byID: [String: XMLNode] = [:]
        var order: [String] = []
        for note in part.children(element) {
            guard let id = note.attribute("id"), note.attribute("type").map({ $0 == "normal" }) ?? true else { continue }
            byID[id] = note
            order.append(id)
        }
        let referenced = kind == .footnote ? notes.footnotes : notes.endnotes
        let ids = referenced.filter { byID[$0] != nil } + order.filter { !referenced.contains($0) }
        var entries: [String] = []
        for (index, id) in ids.enumerated() {
            guard let note = byID[id] else { continue }
            let text = cellText(note)
            if !text.isEmpty { entries.append(WordNoteReferences.mark(index + 1, kind: kind) + " " + text) }
        }
        guard !entries.isEmpty else { return }
        lines.paragraph(kind == .footnote ? "Footnotes" : "Endnotes", role: .heading(level: 1))
        for entry in entries { lines.paragraph(entry, role: nil) }
    }
}
