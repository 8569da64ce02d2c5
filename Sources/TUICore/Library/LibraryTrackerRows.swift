import Content

/// The tracker across reviews (`C` in the library): every commitment of the reviews the filter keeps,
/// each row made when it shows (its review's name, then what the review's own tracker says of it).
struct LibraryTrackerRows: Sendable {
    let commitments: LibraryCommitments
    /// Each review's short name, by id.
    let names: [Int: String]
    /// The widest recommendation code ("PR2", "5"), in columns.
    let keyWidth: Int

    init(commitments: LibraryCommitments, names: [Int: String]) {
        self.commitments = commitments
        self.names = names
        keyWidth = commitments.indices.lazy.map { commitments.code(at: $0).count }.max() ?? 0
    }

    func row(at index: Int) -> ListView.Row {
        let commitment = commitments[index]
        let detail = LearningLists.commitmentDetail(status: commitment.status, owner: commitment.owner, due: commitment.due,
                                                    citation: commitment.citation)
        return ListView.Row(key: commitment.code, text: commitment.sentence,
                            detail: (names[commitment.document] ?? "") + " · " + detail, target: nil)
    }

    /// Where Enter on a row goes: its recommendation, in its review, by its code (PR2, not E2).
    func target(at index: Int) -> LibraryTarget {
        let (document, number, _) = commitments.recommendation(at: index)
        return LibraryTarget(document: document, item: ItemID(number: number), series: commitments.series(at: index))
    }
}
