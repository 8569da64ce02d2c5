/// Recognises agencies in text through their names and aliases (`agencies.txt`).
struct AgencyFinder: Sendable {
    struct Found: Sendable {
        var agency: Int
        var range: Range<Int>
    }

    let agencies: [AgencyDefinition]
    private let matcher: PhraseMatcher<Int>

    init(agencies: [AgencyDefinition]) {
        self.agencies = agencies
        matcher = PhraseMatcher(agencies.enumerated().flatMap { index, agency in agency.phrases.map { ($0, index) } })
    }

    func find(in tokens: WordTokens) -> [Found] {
        matcher.matches(in: tokens).map { Found(agency: $0.payload, range: $0.range) }
    }

    /// Groups occurrences by agency, in order of first occurrence.
    func mentions(_ found: [(agency: Int, evidence: Evidence)]) -> [AgencyMention] {
        var order: [Int] = []
        var evidence: [Int: [Evidence]] = [:]
        for (agency, item) in found {
            if evidence[agency] == nil { order.append(agency) }
            evidence[agency, default: []].append(item)
        }
        return order.map { AgencyMention(agency: agencies[$0].name, displayName: agencies[$0].displayName, evidence: evidence[$0] ?? []) }
    }
}
