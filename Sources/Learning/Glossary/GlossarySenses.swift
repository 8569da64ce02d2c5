/// Which of an acronym's senses in the glossary files fits the document: the one whose words the
/// document uses where the acronym occurs ("PACE … the four cornerstones of a trauma-informed
/// approach" is Playfulness, Acceptance, Curiosity and Empathy, not the Police and Criminal Evidence
/// Act). With no sense ahead, the files' order stands.
enum GlossarySenses {
    /// The index in `senses` of the best fit, or nil when none is ahead of the rest.
    static func bestFit(_ senses: [GlossaryDefinition], wordsNearby: Set<String>) -> Int? {
        guard senses.count > 1, !wordsNearby.isEmpty else { return nil }
        let scores = senses.map { sense in
            Set(WordTokens(sense.expansion).tokens.map(\.folded).filter { $0.count >= 4 }).intersection(wordsNearby).count
        }
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1 else { return nil }
        return scores.firstIndex(of: best)
    }

    /// `entry` led by the sense at `index` of `senses` (its file and line with it), the others after.
    static func entry(_ entry: GlossaryEntry, ledBy index: Int, of senses: [GlossaryDefinition]) -> GlossaryEntry {
        var entry = entry
        let chosen = senses[index]
        entry.otherExpansions = ([entry.expansion] + entry.otherExpansions).filter { $0 != chosen.expansion }
        entry.expansion = chosen.expansion
        entry.source = .fieldGlossary(file: chosen.file, line: chosen.line)
        return entry
    }
}
