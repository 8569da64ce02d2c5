import Content
/// Turns a response's commitment sentences into commitments with owner and due period.
enum CommitmentFinder {
    /// A table row's stated Target is the due period of each of its commitments; its Lead owns those
    /// whose sentence names no one.
    static func commitments(recommendation: Int, sentences: [ResponseSentence], agencies: AgencyFinder,
                            duePeriods: DuePeriodFinder, stated: StatedFields? = nil) -> [Commitment] {
        let statedLead = stated.flatMap { agencies.mentions(keyed: Array($0.leads.prefix(1))).first }
        return sentences.compactMap { sentence in
            guard let marker = sentence.commitmentMarker else { return nil }
            let due = stated?.due ?? duePeriods.duePeriod(in: sentence)
            return Commitment(recommendation: recommendation, kind: marker.kind, sentence: sentence.evidence,
                              marker: sentence.piece.evidence(marker.range),
                              owner: owner(of: sentence, before: marker.range.lowerBound, agencies: agencies) ?? statedLead, due: due)
        }
    }

    /// The agency named last before the commitment's verb ("The Chair of the PSCP will write"), else
    /// the agent after "by" ("will be overseen by the PSCP Monitoring… Group").
    static func owner(of sentence: ResponseSentence, before markerStart: Int, agencies: AgencyFinder) -> AgencyMention? {
        let found = sentence.agencies
        let subject = found.last { $0.range.upperBound <= markerStart }
        let agent = found.first { mention in
            guard mention.range.lowerBound > markerStart else { return false }
            let before = sentence.tokens.tokens.last { $0.range.upperBound <= mention.range.lowerBound }
            let beforeThat = before.flatMap { word in sentence.tokens.tokens.last { $0.range.upperBound <= word.range.lowerBound } }
            return before?.folded == "by" || (before?.folded == "the" && beforeThat?.folded == "by")
        }
        guard let chosen = subject ?? agent else { return nil }
        return agencies.mentions([(chosen.agency, sentence.piece.evidence(chosen.range))]).first
    }
}
