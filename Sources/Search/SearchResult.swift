import Content
/// What a query found: the matching recommendations and every highlighted occurrence.
public struct SearchResult: Sendable {
    public let query: SearchQuery
    /// Indices into `document.recommendations`, ascending.
    public let recommendations: [Int]
    /// Every item that matched, the introduction and sections included.
    public let items: Set<Place.Item>
    public let totalRecommendations: Int
    /// Occurrences in reading order, kept compact: a match is made only when asked for, so a query
    /// with tens of thousands of matches costs no more than finding them.
    private let hits: [SearchHit]
    /// Shared with the index and the document (copy-on-write, not copied).
    private let text: DocumentText

    init(query: SearchQuery, recommendations: [Int], items: Set<Place.Item>, hits: [SearchHit],
         totalRecommendations: Int, text: DocumentText) {
        self.query = query
        self.recommendations = recommendations
        self.items = items
        self.hits = hits
        self.totalRecommendations = totalRecommendations
        self.text = text
    }

    /// How many occurrences there are.
    public var matchCount: Int { hits.count }

    /// The place of the occurrence at `index` in reading order (its range in UTF-8 offsets).
    public func match(at index: Int) -> Place { places(index..<(index + 1))[0] }

    /// The item of the occurrence at `index`, without folding its piece (for walking many matches).
    public func item(ofMatch index: Int) -> Place.Item { text.pieces[Int(hits[index].piece)].place.item }

    /// Every occurrence, in reading order (for the command line; the browser asks per piece).
    public var matches: [Place] { places(hits.indices) }

    /// The highlighted UTF-8 ranges in the piece a place is in.
    public func ranges(at place: Place) -> [Range<Int>] {
        guard let piece = text.index(of: place) else { return [] }
        return places(matchRange(pieces: piece..<(piece + 1))).map(\.range)
    }

    /// The places of the occurrences at `indices`, in order. Each piece is folded again to find where
    /// its bytes came from (the index keeps no folded text), once for its matches one after another.
    private func places(_ indices: some Sequence<Int>) -> [Place] {
        var lastFolded = LastFoldedPiece()
        return indices.map { index in
            let hit = hits[index]
            let range = lastFolded.sourceRange(of: Int(hit.start)..<Int(hit.end), inPiece: Int(hit.piece), of: text)
            return text.pieces[Int(hit.piece)].place.with(range: range)
        }
    }

    /// Matches inside an item (the introduction, a section, a recommendation), or inside one of a
    /// recommendation's parts.
    public func count(_ item: Place.Item, part: Character? = nil) -> Int {
        let inItem = matchRange(pieces: text.pieceIndices(of: item))
        guard let part else { return inItem.count }
        return inItem.reduce(0) { $0 + (text.pieces[Int(hits[$1].piece)].place.zone == .part(part) ? 1 : 0) }
    }

    /// Index of the first match in an item or after it in reading order (for `/` from where the reader is).
    public func firstMatch(from item: Place.Item) -> Int? {
        let pieces = text.pieceIndices(of: item)
        guard !pieces.isEmpty else { return nil }
        let index = lowerBound(piece: pieces.lowerBound)
        return index < hits.count ? index : nil
    }

    /// The matches in a run of pieces: contiguous, since matches are in reading order.
    private func matchRange(pieces: Range<Int>) -> Range<Int> {
        guard !pieces.isEmpty else { return 0..<0 }
        return lowerBound(piece: pieces.lowerBound)..<lowerBound(piece: pieces.upperBound)
    }

    /// The first hit in piece `piece` or after it.
    private func lowerBound(piece: Int) -> Int {
        var low = 0, high = hits.count
        while low < high {
            let mid = (low + high) / 2
            if Int(hits[mid].piece) < piece { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A match before it is turned into a place: its piece and its byte range in that piece folded.
struct SearchHit: Sendable {
    var piece: Int32
    var start: Int32
    var end: Int32
}
