import Content
import Learning

/// Makes outline gists tell recommendations apart. Most responses open nearly every recommendation
/// the same way ("The PSCP should…"), which leaves a narrow outline full of identical beginnings; the
/// lead shared by most of them is dropped ("Highlight this case to strategic leaders…"). A lead
/// that differs ("The PSCP Independent Chair should…") is kept: who must act matters. A lead is
/// `ObligationClause`'s subject and modal, the rule that also finds who a recommendation addresses.
struct GistShortener: Sendable {
    /// The common lead, with its modal: "The PSCP should ".
    let lead: String?

    init(document: ReviewDocument) {
        var counts: [String: Int] = [:]
        var leads: [String] = []  // in the order they first appear
        var total = 0
        // Section by section: `document.recommendations` is a copy of them all.
        for recommendation in document.sections.lazy.flatMap(\.recommendations) {
            let texts = recommendation.parts.isEmpty ? [recommendation.gist] : recommendation.parts.map(\.plainText)
            for text in texts {
                total += 1
                guard let lead = ObligationClause.lead(of: text) else { continue }
                if counts[lead] == nil { leads.append(lead) }
                counts[lead, default: 0] += 1
            }
        }
        // The most frequent lead; of equally frequent ones, the earliest in the document.
        var best: (lead: String, count: Int)?
        for lead in leads where counts[lead, default: 0] > best?.count ?? 0 {
            best = (lead, counts[lead, default: 0])
        }
        lead = best.flatMap { total >= 3 && $0.count * 2 >= total ? $0.lead : nil }
    }

    /// The gist without the common lead, its first letter capitalised.
    func shorten(_ text: String) -> String {
        guard let lead, text.hasPrefix(lead) else { return text }
        let rest = text.dropFirst(lead.count)
        guard let first = rest.first else { return text }
        return first.uppercased() + rest.dropFirst()
    }
}
