import Content
/// A document's pieces split into words a group at a time (about a megabyte of text each), so that
/// what reads every word of a document (the glossary, which parts' words are their own) holds the
/// words of a group or two, not of the whole document (12 bytes a word: twice the text). A group
/// never cuts a recommendation's pieces, so a recommendation is always read whole.
struct PieceGroup: Sendable {
    /// The index in the document's pieces of the group's first piece.
    let first: Int
    let pieces: ArraySlice<TextPiece>
    /// Each piece's words, in the order of `pieces`, numbered in one vocabulary of the group.
    let words: [WordTokens]

    /// The group's pieces with their words and their index in the document's pieces.
    var tokenized: [(index: Int, piece: TextPiece, tokens: WordTokens)] {
        zip(pieces.indices, zip(pieces, words)).map { ($0, $1.0, $1.1) }
    }

    /// The vocabulary the group's words are numbered in.
    var vocabulary: Vocabulary { words.first?.vocabulary ?? Vocabulary(words: []) }
}

enum DocumentWords {
    /// About a megabyte of text a group: large enough that the cost of a group (its vocabulary, the
    /// rules looked up once per distinct word) is shared by many words.
    static let groupBytes = 1 << 20

    /// The ranges of the document's pieces each group holds, in reading order: each group ends at
    /// the first piece boundary outside a recommendation after `bytes` of text.
    static func groups(of text: DocumentText, bytes: Int = groupBytes) -> [Range<Int>] {
        let pieces = text.pieces
        // Whether a group may start at a piece: not inside a recommendation's pieces.
        var canStart = [Bool](repeating: true, count: pieces.count)
        for item in text.recommendations {
            let range = text.pieceIndices(of: item)
            for index in range.dropFirst() { canStart[index] = false }
        }
        var groups: [Range<Int>] = []
        var start = 0, size = 0
        for index in pieces.indices {
            if size >= bytes && canStart[index] {
                groups.append(start..<index)
                (start, size) = (index, 0)
            }
            size += pieces[index].text.utf8.count
        }
        if start < pieces.count { groups.append(start..<pieces.count) }
        return groups
    }

    /// `transform` of each group's words, the groups split on all cores, a group's words let go as
    /// soon as it is transformed.
    static func map<Result: Sendable>(_ text: DocumentText, bytes: Int = groupBytes,
                                      _ transform: @Sendable (PieceGroup) -> Result) -> [Result] {
        let pieces = text.pieces
        return Parallel.map(groups(of: text, bytes: bytes)) { range in
            transform(PieceGroup(first: range.lowerBound, pieces: pieces[range], words: WordTokens.split(pieces[range].map(\.text))))
        }
    }
}
