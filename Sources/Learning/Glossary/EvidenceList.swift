import Content
/// Evidence at many places of one document, 12 bytes each (the index of its piece in the
/// document's pieces and a UTF-8 range in it) where an `Evidence` takes 64: an acronym's
/// occurrences, which a large document has by the hundred thousand. Read as `Evidence`.
public struct EvidenceList: RandomAccessCollection, Sendable, Hashable {
    private struct Stored: Sendable, Hashable {
        var piece: UInt32
        var start: UInt32
        var end: UInt32
    }

    /// The document's pieces (shared with it, not a copy).
    private let pieces: [TextPiece]
    private var stored: [Stored] = []

    /// None.
    public init() { pieces = [] }

    /// None yet, at places of `pieces`.
    init(pieces: [TextPiece]) { self.pieces = pieces }

    /// The words at a UTF-8 range of the piece at an index of `pieces`.
    mutating func append(piece: Int, range: Range<Int>) {
        stored.append(Stored(piece: UInt32(piece), start: UInt32(range.lowerBound), end: UInt32(range.upperBound)))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { stored.count }

    public subscript(position: Int) -> Evidence {
        let place = stored[position]
        return Evidence(piece: pieces[Int(place.piece)], range: Int(place.start)..<Int(place.end))
    }

    public static func == (left: EvidenceList, right: EvidenceList) -> Bool {
        left.elementsEqual(right)
    }

    /// The places only (the words are the same at the same place of one document).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for evidence in self { hasher.combine(evidence.place) }
    }
}
