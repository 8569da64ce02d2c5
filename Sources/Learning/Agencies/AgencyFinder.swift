/// Recognises agencies in text through their names and aliases (`agencies.txt`).
struct AgencyFinder: Sendable {
    struct Found: Sendable {
        var agency: Int
        var range: Range<Int>
    }

    let agencies: [AgencyDefinition]
    private var matcher: PhraseMatcher<Int>

    init(agencies: [AgencyDefinition]) {
        self.agencies = agencies
        matcher = PhraseMatcher(agencies.enumerated().flatMap { index, agency in agency.phrases.map { ($0, index) } })
    }

    /// The finder with its phrases looked up once for every word of a document's vocabulary.
    func bound(to vocabulary: Vocabulary) -> AgencyFinder {
        var finder = self
        finder.matcher = matcher.bound(to: vocabulary)
        return finder
    }

    func find(in tokens: WordTokens) -> [Found] {
        matcher.matches(in: tokens).map { Found(agency: $0.payload, range: $0.range) }
    }

    /// An agency from the list, or a name the list does not know.
    enum Key: Hashable {
        case listed(Int)
        case unlisted(String)
    }

    /// Groups occurrences by agency, in order of first occurrence.
    func mentions(_ found: [(agency: Int, evidence: Evidence)]) -> [AgencyMention] {
        mentions(keyed: found.map { (Key.listed($0.agency), $0.evidence) })
    }

    func mentions(keyed found: [(key: Key, evidence: Evidence)]) -> [AgencyMention] {
        var order: [Key] = []
        var evidence: [Key: [Evidence]] = [:]
        for (key, item) in found {
            if evidence[key] == nil { order.append(key) }
            evidence[key, default: []].append(item)
        }
        return order.map { key in
            switch key {
            case let .listed(index):
                return AgencyMention(agency: agencies[index].name, displayName: agencies[index].displayName, evidence: evidence[key] ?? [])
            case let .unlisted(name):
                return AgencyMention(agency: name, displayName: name, evidence: evidence[key] ?? [], isListed: false)
            }
        }
    }
}
