/// A response sentence with the tense markers found in it.
struct ResponseSentence: Sendable {
    var piece: DocumentPiece
    var tokens: WordTokens
    /// Character offsets of the sentence within the piece.
    var range: Range<Int>
    /// Markers, as Character ranges within the piece, in order.
    var markers: [(kind: TenseMarker.Kind, range: Range<Int>)]

    var evidence: Evidence { piece.evidence(range, in: tokens) }
    var text: String { tokens.text(range) }

    /// A sentence promising or reporting unfinished work is a commitment, whatever else it says.
    var commitmentMarker: (kind: Commitment.Kind, range: Range<Int>)? {
        markers.lazy.compactMap { marker -> (kind: Commitment.Kind, range: Range<Int>)? in
            switch marker.kind {
            case .promised: return (.promised, marker.range)
            case .ongoing: return (.ongoing, marker.range)
            case .done: return nil
            }
        }.first
    }

    /// The first "done" marker of a sentence that is not a commitment.
    var doneMarker: Range<Int>? {
        guard commitmentMarker == nil else { return nil }
        return markers.first { $0.kind == .done }?.range
    }

    /// Splits each response piece into sentences and marks their tense.
    static func sentences(of pieces: [(DocumentPiece, WordTokens)]) -> [ResponseSentence] {
        pieces.flatMap { piece, tokens in
            SentenceSplitter.sentences(in: piece.text).map { range in
                let inside = tokens.tokens.indices.filter { range.contains(tokens.tokens[$0].range.lowerBound) }
                let words = inside.map { tokens.tokens[$0] }
                let markers = TenseMarkers.markers(in: words).map { marker in
                    (kind: marker.kind, range: words[marker.tokens.lowerBound].range.lowerBound..<words[marker.tokens.upperBound].range.upperBound)
                }
                return ResponseSentence(piece: piece, tokens: tokens, range: range, markers: markers)
            }
        }
    }
}
