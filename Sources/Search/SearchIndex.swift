import Content
import Learning
/// The search and filter engine, shared by the browser and the command line. Built once per
/// document: a word index over the pieces of its one walk (`document.text`) folded into bytes (each
/// followed by a NUL, so no match runs from one paragraph into the next). The folded bytes are not
/// kept (a byte per byte of text, most of the index): a query anchors each term on its rarest word
/// and, where the word alone does not settle it, folds again the pieces it lands in to check the bytes
/// around it, so it stays fast at any document size.
public struct SearchIndex: Sendable {
    public let document: ReviewDocument
    /// Where each piece of `document.text` starts in the folded bytes.
    private let pieceStarts: [Int]
    /// For each piece, its item as an index into `document.text.items`: hashing items per hit
    /// would dominate on large documents.
    private let itemOfPiece: [Int32]
    private let words: WordIndex
    private var facets: FacetTable

    private typealias Hit = SearchHit

    /// `learning` answers the theme:, agency:, status: and has: facets; pass it when a query may use them.
    /// `facts` answer doc:, org: and year: (a library's; by default those found in the document).
    public init(document: ReviewDocument, learning: LearningIndex? = nil, facts: DocumentFacts? = nil) {
        self.document = document
        let pieces = document.text.pieces
        var starts: [Int] = []
        starts.reserveCapacity(pieces.count)
        // Each piece folded into the same bytes in turn, once for each of the word index's two passes:
        // its bytes only, exact and lower-cased, not where they came from (a query folds again to place a match).
        var folding = FoldBuffer(capacity: 1 << 16)
        defer { folding.deallocate() }
        words = WordIndex { visit in
            var base = 0
            let counting = starts.isEmpty
            for piece in pieces {
                folding.removeAll()
                var text = piece.text
                text.withUTF8 { folding.appendFolding($0) { _, _, _ in } }
                folding.append(0, 0)
                if counting { starts.append(base) }
                visit(folding.lowerBytes, base, folding.exactBytes)
                base += folding.count
            }
        }
        pieceStarts = starts
        // Each item's pieces are a range of the walk's: a table of every item (100,000 headings
        // without a piece between them held 9.5 MB) is not needed to number them.
        var itemOfPiece = [Int32](repeating: 0, count: pieces.count)
        for (number, item) in document.text.items.enumerated() {
            for piece in document.text.pieceIndices(of: item) { itemOfPiece[piece] = Int32(number) }
        }
        self.itemOfPiece = itemOfPiece
        facets = FacetTable(document: document, learning: learning, facts: facts)
    }

    /// A document's learning and search indexes, built at the same time: what opening a document costs
    /// (each recommendation's own facts are then derived in the background: `LearningIndex.opening`).
    public static func withLearning(of document: ReviewDocument) -> (LearningIndex, SearchIndex) {
        let (learning, index) = Parallel.both({ LearningIndex.opening(document) }, { SearchIndex(document: document) })
        var answering = index
        answering.facets = FacetTable(document: document, learning: learning)
        return (learning, answering)
    }

    /// Runs a query: which recommendations match (all positive words in one recommendation, no
    /// excluded word, every facet satisfied) and where each matching word occurs.
    public func run(_ query: SearchQuery) -> SearchResult {
        let candidates = facets.recommendations(passing: query.facets)
        let scope = WordScope(query.facets)
        let hitsPerTerm = query.terms.map { term in
            let hits = find(term)
            guard !scope.isEverywhere else { return hits }
            return hits.filter { scope.contains(document.text.pieces[Int($0.piece)].place) }
        }
        // Items as dense numbers and flags: hashing per hit would dominate on large documents.
        let items = document.text.items
        let itemCount = items.count
        func itemsHit(by hits: [Hit]) -> [Bool] {
            var flags = [Bool](repeating: false, count: itemCount)
            for hit in hits { flags[Int(itemOfPiece[Int(hit.piece)])] = true }
            return flags
        }
        // Facets restrict recommendations only; the introduction and sections match on words alone.
        let hasFacets = !query.facets.isEmpty
        var matched = [Bool](repeating: false, count: itemCount)
        let firstRecommendation = itemCount - facets.count
        let positive = query.terms.indices.filter { !query.terms[$0].isExcluded }
        if let first = positive.first {
            matched = itemsHit(by: hitsPerTerm[first])
            for index in positive.dropFirst() {
                let other = itemsHit(by: hitsPerTerm[index])
                for item in 0..<itemCount where !other[item] { matched[item] = false }
            }
        } else {
            for index in candidates { matched[firstRecommendation + index] = true }
            if !hasFacets { matched[0] = true }
        }
        for index in query.terms.indices where query.terms[index].isExcluded {
            for hit in hitsPerTerm[index] { matched[Int(itemOfPiece[Int(hit.piece)])] = false }
        }
        for item in 0..<itemCount where matched[item] {
            if item < firstRecommendation { matched[item] = !hasFacets } else { matched[item] = candidates.contains(item - firstRecommendation) }
        }
        var hits: [Hit] = []
        for index in positive {
            hits += hitsPerTerm[index].filter { matched[Int(itemOfPiece[Int($0.piece)])] }
        }
        if positive.count > 1 { hits.sort { ($0.piece, $0.start) < ($1.piece, $1.start) } }
        let matchedItems = Set((0..<itemCount).filter { matched[$0] }.map { items[$0] })
        let recommendations = (firstRecommendation..<itemCount).filter { matched[$0] }.map { $0 - firstRecommendation }
        return SearchResult(query: query, recommendations: recommendations, items: matchedItems, hits: hits,
                            totalRecommendations: facets.count, text: document.text)
    }

    // MARK: Finding a term

    /// Every occurrence of a term on word boundaries (a prefix term needs one only at its start),
    /// in document order.
    private func find(_ term: SearchQuery.Term) -> [Hit] {
        let caseSensitive = term.isCaseSensitive
        let needle = TextFolding.fold(term.text, lowercase: !caseSensitive)
        let lowerNeedle = caseSensitive ? TextFolding.fold(term.text, lowercase: true) : needle
        guard !needle.isEmpty, needle.count == lowerNeedle.count else { return [] }
        // Found in the lower-cased bytes; a term with a capital then asks each match for its case.
        let tokens = Self.tokens(of: lowerNeedle)
        let insideWords = term.matchesInsideWords
        var hits: [Hit] = []
        var lastFolded = LastFoldedPiece()
        func foldedPiece(_ piece: Int) -> FoldedText { lastFolded.folding(piece, of: document.text) }
        /// Whether the term stands at `start` in the piece's folded bytes, in its case where it has a capital.
        func matches(at start: Int, in text: FoldedText) -> Bool {
            text.lower.withUnsafeBufferPointer { bytes in
                lowerNeedle.withUnsafeBufferPointer { pattern in
                    Self.matches(pattern, at: start, in: bytes, isPrefix: term.isPrefix, insideWords: insideWords)
                }
            } && (!caseSensitive || needle.indices.allSatisfy { text.exactByte(at: start + $0) == needle[$0] })
        }
        if !insideWords, let anchor = tokens.indices.min(by: { anchorCost(tokens[$0], term: term, in: tokens) < anchorCost(tokens[$1], term: term, in: tokens) }) {
            let token = tokens[anchor]
            let word = Array(lowerNeedle[token])
            let isPrefix = term.isPrefix && token.upperBound == lowerNeedle.count
            // A word with a capital can only be where the text has one.
            let capitalised = needle[token] != lowerNeedle[token]
            let positions = isPrefix ? words.positions(ofPrefix: word, capitalised: capitalised)
                : words.positions(of: word, capitalised: capitalised)
            // A plain lower-case word is exactly what the word index holds: nothing left to check.
            let needsCheck = caseSensitive || isPrefix != term.isPrefix || token != 0..<needle.count
            hits.reserveCapacity(positions.count)
            // Positions ascend, so the piece holding each is found by walking forward, not searching.
            var piece = 0
            for position in positions {
                while piece + 1 < pieceStarts.count, pieceStarts[piece + 1] <= Int(position) { piece += 1 }
                let start = Int(position) - token.lowerBound - pieceStarts[piece]
                guard !needsCheck || matches(at: start, in: foldedPiece(piece)) else { continue }
                hits.append(Hit(piece: Int32(piece), start: Int32(start), end: Int32(start + needle.count)))
            }
        } else {
            // No letters or digits to anchor on ("+:"), or no word boundaries (Chinese, Thai): scan
            // every piece, overlapping occurrences included.
            for piece in pieceStarts.indices {
                let text = foldedPiece(piece)
                var from = 0
                while let found = text.lower[from...].firstRange(of: lowerNeedle) {
                    if matches(at: found.lowerBound, in: text) {
                        hits.append(Hit(piece: Int32(piece), start: Int32(found.lowerBound), end: Int32(found.upperBound)))
                    }
                    from = found.lowerBound + 1
                }
            }
        }
        return hits
    }

    /// Cost of anchoring on a token: how often it occurs (the last token of a prefix term is a prefix).
    private func anchorCost(_ token: Range<Int>, term: SearchQuery.Term, in tokens: [Range<Int>]) -> Int {
        let needle = TextFolding.fold(term.text, lowercase: true)
        let isPrefix = term.isPrefix && token == tokens.last && token.upperBound == needle.count
        return words.count(of: Array(needle[token]), isPrefix: isPrefix)
    }

    /// The word runs of a folded needle.
    private static func tokens(of needle: [UInt8]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var index = 0
        while index < needle.count {
            guard TextFolding.isWordByte(needle[index]) else { index += 1; continue }
            let start = index
            while index < needle.count, TextFolding.isWordByte(needle[index]) { index += 1 }
            tokens.append(start..<index)
        }
        return tokens
    }

    /// Whether the needle's bytes stand at `start`, on word boundaries where the needle has word ends.
    private static func matches(_ needle: UnsafeBufferPointer<UInt8>, at start: Int, in bytes: UnsafeBufferPointer<UInt8>,
                                isPrefix: Bool, insideWords: Bool) -> Bool {
        let end = start + needle.count
        guard start >= 0, end <= bytes.count else { return false }
        for offset in 0..<needle.count where bytes[start + offset] != needle[offset] { return false }
        if insideWords { return true }
        let startsWord = start == 0 || !TextFolding.isWordByte(needle[0]) || !TextFolding.isWordByte(bytes[start - 1])
        let endsWord = isPrefix || end >= bytes.count || !TextFolding.isWordByte(needle[needle.count - 1])
            || !TextFolding.isWordByte(bytes[end])
        return startsWord && endsWord
    }
}
