import Content

/// What a table row states outright, preferred over what casebook derives from the prose: its Lead
/// column says who the recommendation is for (and who owns a commitment that names no one), its
/// Target column when the work is due. The evidence is the cell itself, where the author wrote it.
struct StatedFields {
    /// The agencies a Lead column names (an agency the lists do not know stands as written).
    var leads: [(key: AgencyFinder.Key, evidence: Evidence)] = []
    /// The Target column's words, as a due period.
    var due: DuePeriod?

    init(recommendation: Recommendation, pieces: [AgenciesInPiece]) {
        for named in pieces {
            guard case let .field(index) = named.piece.place.zone, recommendation.fields.indices.contains(index) else { continue }
            let piece = named.piece
            let whole = piece.evidence(piece.place.range)
            switch recommendation.fields[index].role {
            case .owner:
                leads += named.found.isEmpty ? [(.unlisted(piece.text), whole)]
                    : named.found.map { (.listed($0.agency), piece.evidence($0.range)) }
            case .due:
                if due == nil { due = DuePeriod(period: piece.text, relation: nil, evidence: whole) }
            case .status, .other:
                break
            }
        }
    }

    /// Whether a piece is a table cell: it says nothing of who a recommendation addresses.
    static func isField(_ piece: TextPiece) -> Bool {
        if case .field = piece.place.zone { return true }
        return false
    }
}
