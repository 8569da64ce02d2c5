import Content
/// A response sentence with the tense markers found in it.
struct ResponseSentence: Sendable {
    var piece: TextPiece
    var tokens: WordTokens
    /// UTF-8 offsets of the sentence within the piece.
    var range: Range<Int>
    /// The indices in `tokens` of the sentence's words.
    var words: Range<Int>
    /// Markers, as UTF-8 ranges within the piece, in order.
    var markers: [(kind: TenseMarker.Kind, range: Range<Int>)]
    /// The agencies named in this sentence.
    var agencies: [AgencyFinder.Found]

    var evidence: Evidence { piece.evidence(range) }
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

    /// The first "done" marker in the main clause: before any commitment ("The briefing has been
    /// written and will be published"), not after it ("will write … to suggest that ways of working
    /// are considered").
    var doneMarker: Range<Int>? {
        let done = markers.first { $0.kind == .done }?.range
        guard let done, let commitment = commitmentMarker else { return done }
        return done.lowerBound < commitment.range.lowerBound ? done : nil
    }

    /// Splits each response piece into sentences and marks their tense.
    static func sentences(of pieces: [AgenciesInPiece]) -> [ResponseSentence] {
        pieces.flatMap { named in
            let (piece, tokens) = (named.piece, named.tokens)
            var next = 0
            return SentenceSplitter.sentences(in: piece.text).map { range in
                while next < tokens.tokens.count, tokens.tokens[next].range.lowerBound < range.lowerBound { next += 1 }
                var end = next
                while end < tokens.tokens.count, tokens.tokens[end].range.lowerBound < range.upperBound { end += 1 }
                let words = tokens.tokens[next..<end]
                let markers = TenseMarkers.markers(in: words).map { marker in
                    // Marker indices count from the sentence's first word.
                    let (first, last) = (words[next + marker.tokens.lowerBound], words[next + marker.tokens.upperBound])
                    return (kind: marker.kind, range: first.range.lowerBound..<last.range.upperBound)
                }
                return ResponseSentence(piece: piece, tokens: tokens, range: range, words: next..<end, markers: markers,
                                        agencies: named.found.filter { range.contains($0.range.lowerBound) })
            }
        }
    }
}
