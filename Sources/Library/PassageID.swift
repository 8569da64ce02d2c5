/// A full-text row's rowid holds its document's id in the high bits, so counting matches per document
/// reads only the index, never the rows' text.
enum PassageID {
    static let indexBits = 20
    static let maximumPassages = 1 << indexBits

    static func rowid(document: Int, index: Int) -> Int64 { Int64(document) << Int64(indexBits) | Int64(index) }

    static func document(of rowid: Int64) -> Int { Int(rowid >> Int64(indexBits)) }

    /// SQL for a rowid's document.
    static let documentSQL = "(rowid >> \(indexBits))"

    /// The passages, the tail of a document with more than fit (a million headings) joined into the last.
    static func fitted(_ passages: [PreparedDocument.Passage]) -> [PreparedDocument.Passage] {
        guard passages.count > maximumPassages else { return passages }
        var fitted = Array(passages.prefix(maximumPassages - 1))
        let tail = passages[(maximumPassages - 1)...]
        fitted.append(PreparedDocument.Passage(item: tail.first?.item, zone: tail.first?.zone ?? "section",
                                               text: tail.map(\.text).joined(separator: "\n"), position: tail.first?.position))
        return fitted
    }
}
