import Content
import Learning

/// The learning views' rows, built from the learning index: every fact with the words it came from.
enum LearningLists {
    /// Every acronym in the document, its expansion and where it occurs.
    static func glossary(_ learning: LearningIndex) -> ListView {
        let rows = learning.glossary.entries.map { entry -> ListView.Row in
            let unique = entry.occurrencePlaces
            let source: String
            switch entry.source {
            case let .document(evidence): source = "defined in the document (\(evidence.citation))"
            case let .fieldGlossary(file, line): source = "\(file), line \(line)"
            }
            let occurs = unique.isEmpty ? "" : "in " + unique.prefix(12).joined(separator: ", ") + (unique.count > 12 ? "…" : "") + " · "
            let senses = ([entry.expansion] + entry.otherExpansions).joined(separator: "; or ")
            return ListView.Row(key: entry.acronym, text: senses, detail: occurs + source,
                                target: .search("\"\(entry.acronym)\""))
        }
        return ListView(title: " Glossary: \(rows.count) acronyms ", emptyText: "No acronyms found.", rows: rows)
    }

    /// The acronyms in one recommendation (or the introduction), with their expansions.
    static func acronyms(in selection: Selection, document: ReviewDocument, learning: LearningIndex) -> ListView {
        let number = selection.recommendationNumber
        var seen = Set<String>()
        var rows: [ListView.Row] = []
        for entry in learning.glossary.entries {
            let here = entry.occurrences.filter { number == nil ? $0.place.itemID == nil : $0.place.itemID?.number == number }
            guard let first = here.first, seen.insert(entry.acronym).inserted else { continue }
            rows.append(ListView.Row(key: entry.acronym, text: entry.expansion, detail: first.citation, target: .evidence(first)))
        }
        let name = number.map { "Recommendation \($0)" } ?? "the introduction"
        return ListView(title: " Acronyms in \(name) ", emptyText: "No acronyms in \(name).", rows: rows)
    }

    /// Every commitment: what was promised, by whom, by when; with a filter in force, only those of the
    /// recommendations it lets through.
    static func commitments(_ learning: LearningIndex, filter: QuerySession? = nil) -> ListView {
        let kept = filter.map { Set($0.result.recommendations) }
        // Where each commitment is (its recommendation's index, its place there), not the commitments:
        // each row's words are read from the recommendation's facts when the row shows.
        var places: [(recommendation: Int32, commitment: Int32)] = []
        var keyWidth = 0
        for (index, facts) in learning.recommendations.enumerated() where facts.hasCommitments && kept?.contains(index) ?? true {
            places += (0..<facts.commitmentCount).map { (Int32(index), Int32($0)) }
            keyWidth = max(keyWidth, DisplayWidth.of("\(facts.number)"))
        }
        let rows = LazyListRows(count: places.count, keyWidth: keyWidth) { [places] row in
            let place = places[row]
            let commitment = learning.learning(at: Int(place.recommendation)).commitments[Int(place.commitment)]
            return ListView.Row(key: "\(commitment.recommendation)", text: commitment.sentence.text,
                                detail: commitmentDetail(status: commitment.statusWords, owner: commitment.owner?.displayName,
                                                         due: commitment.due?.period, citation: commitment.sentence.citation),
                                target: .evidence(commitment.sentence))
        }
        let scope = filter.map { " in & \($0.text)" } ?? ""
        return ListView(title: " Still to do: \(Counted.of(rows.count, "commitment"))\(scope) ",
                        emptyText: filter == nil ? "No commitments found." : "No commitments in the recommendations the filter keeps.",
                        lazyRows: rows)
    }

    /// "promised · Police · due Q3 2021/22 · Recommendation 5, line 84": a commitment's row detail, in a
    /// review's tracker and across the library's.
    static func commitmentDetail(status: String, owner: String?, due: String?, citation: String) -> String {
        ([status, owner, due.map { "due " + $0 }].compactMap { $0 } + [citation]).joined(separator: " · ")
    }

    /// The facts derived about one recommendation, each with its evidence.
    static func evidence(for facts: RecommendationLearning?) -> ListView {
        guard let facts else {
            return ListView(title: " Evidence ", emptyText: "Nothing derived here.", rows: [])
        }
        var rows: [ListView.Row] = []
        func add(_ key: String, _ text: String, _ evidence: Evidence?) {
            rows.append(ListView.Row(key: key, text: text,
                                     detail: evidence.map { "“\($0.text)” — \($0.citation)" }, target: evidence.map { .evidence($0) }))
        }
        if let status = facts.status {
            add("Status", "(derived) \(status.value.rawValue): \(status.reason)", status.evidence)
        }
        for part in facts.unansweredParts { add("Part", "\(part.id): the response does not mention it", part.evidence) }
        for agency in facts.agencies.addressedTo { add("For", agency.displayName, agency.evidence.first) }
        for theme in facts.themes {
            for evidence in theme.evidence.prefix(3) { add("Theme", theme.theme, evidence) }
        }
        for agency in facts.agencies.namedInResponse { add("Named", agency.displayName + " (in the response)", agency.evidence.first) }
        for commitment in facts.commitments {
            let due = commitment.due.map { " — due \($0.period)" } ?? ""
            add("To do", (commitment.owner.map { $0.displayName + ": " } ?? "") + commitment.sentence.text + due, commitment.marker)
        }
        return ListView(title: " Recommendation \(facts.number): what casebook derived, and why ", emptyText: "Nothing derived here.", rows: rows)
    }
}
