import Foundation

/// The one rule for a learning facet (`theme:`, `agency:`, `status:`, `has:`) answered from a library's
/// stored learning rather than a review's text: which of the values a review stores the facet picks,
/// with the meaning a parsed review gives them (`LearningIndex.recommendationsMatching`). Library
/// search, the tracker across reviews (`casebook commitments --filter`, the library's `C`) and the
/// library list's `f` all pick through it, so they accept the same values and find the same reviews.
/// Agencies by name or alias among the built-in agencies as the review's publisher resolves them, or by
/// an addressee's own name (`agency:police` is the review's constabulary, not the Police and Crime
/// Commissioner); themes by the words of their names; statuses by their synonyms; flags by their start.
/// Made once per query: it keeps what it worked out for each publisher and name.
public struct StoredFacetPicker {
    public static let keys: Set<String> = ["theme", "agency", "status", "has"]

    /// The `has:` flags as a library stores them (`has_commitment`, `has_due`, `has_response`).
    public static let flagNames = LearningIndex.hasValues

    public let key: String
    public let value: String
    private let test: ((String) -> Bool)?
    private let agencies: AgencyTiers?

    /// nil when `key` is not a learning facet.
    public init?(key: String, value: String) {
        let key = key.lowercased()
        guard Self.keys.contains(key) else { return nil }
        self.key = key
        self.value = value
        switch key {
        case "agency":
            test = nil
            agencies = AgencyTiers(wanted: LearningIndex.normalised(value))
        case "theme":
            test = LearningIndex.themeTest(value)
            agencies = nil
        case "status":
            let statuses = Set(LearningIndex.statuses(matching: value).map(\.rawValue))
            test = { statuses.contains($0) }
            agencies = nil
        default:
            let flags = Set(Self.flags(matching: value))
            test = { flags.contains($0) }
            agencies = nil
        }
    }

    /// The flags a `has:` value names: those its letters begin (`has:r` is `response`).
    public static func flags(matching value: String) -> [String] {
        let letters = LearningIndex.letters(value)
        return flagNames.filter { !letters.isEmpty && $0.hasPrefix(letters) }
    }

    /// The values among `names` (one review's stored values of this facet: its themes, agencies,
    /// statuses, flags) that the facet picks; `publisher`, the review's organisation, for `agency:`.
    public func picks(among names: [String], publisher: String?) -> Set<String> {
        if let test { return Set(names.filter(test)) }
        return agencies?.picks(among: names, publisher: publisher) ?? []
    }

    /// The names among `names` (values of this facet) that it may pick in a review published by one of
    /// `publishers`: the only ones whose rows need reading, as no other name is ever in the closest tier.
    public func mayPick(among names: [String], publishers: Set<String?>) -> Set<String> {
        guard let agencies else { return picks(among: names, publisher: nil) }
        var listed = Set<String>()
        for publisher in publishers { listed.formUnion(agencies.listed(publisher).tiers.keys) }
        return Set(names.filter { listed.contains($0) || agencies.unlistedTier($0) != nil })
    }

    /// Whether only the review's text answers this facet: an `agency:` value that begins the initials
    /// of its publisher, which are the publisher's name only where the review uses them.
    public func isUndecided(publisher: String?) -> Bool {
        guard let agencies, !agencies.wanted.isEmpty, let initials = PublisherAgencies.shared.known(publisher).initials else { return false }
        return initials.hasPrefix(agencies.wanted)
    }
}

/// How closely an agency's phrases answer `agency:value` (`LearningIndex.matchingAgencies`): only the
/// closest tier counts, across every agency the review knows.
final class AgencyTiers {
    let wanted: String
    private var publishers: [String?: (best: Int?, tiers: [String: Int])] = [:]
    private var unlisted: [String: Int?] = [:]

    init(wanted: String) { self.wanted = wanted }

    /// 0: a phrase is the value; 1: a phrase begins with it; 2: a word of a phrase does; nil: none.
    static func tier(of phrases: [String], wanted: String) -> Int? {
        guard !wanted.isEmpty else { return nil }
        if phrases.contains(wanted) { return 0 }
        if phrases.contains(where: { $0.hasPrefix(wanted) }) { return 1 }
        if phrases.contains(where: { $0.split(separator: " ").contains { $0.hasPrefix(wanted) } }) { return 2 }
        return nil
    }

    /// The tiers of the agencies a review by `publisher` lists (only those with one), and the closest.
    func listed(_ publisher: String?) -> (best: Int?, tiers: [String: Int]) {
        if let found = publishers[publisher] { return found }
        var tiers: [String: Int] = [:]
        for (name, phrases) in PublisherAgencies.shared.known(publisher).agencies { tiers[name] = Self.tier(of: phrases, wanted: wanted) }
        let listed = (tiers.values.min(), tiers)
        publishers[publisher] = listed
        return listed
    }

    /// The tier of an addressee's own name, which no agency lists.
    func unlistedTier(_ name: String) -> Int? {
        if let found = unlisted[name] { return found }
        let tier = Self.tier(of: [LearningIndex.normalised(name)], wanted: wanted)
        unlisted[name] = .some(tier)
        return tier
    }

    func picks(among names: [String], publisher: String?) -> Set<String> {
        let known = PublisherAgencies.shared.known(publisher)
        let listed = listed(publisher)
        var tierOf: [String: Int] = [:]
        var best = listed.best
        for name in names where tierOf[name] == nil {
            let tier: Int?
            if known.names.contains(name) {
                tier = listed.tiers[name]
            } else {
                tier = unlistedTier(name)
                if let tier { best = min(best ?? tier, tier) }
            }
            if let tier { tierOf[name] = tier }
        }
        guard let best else { return [] }
        return Set(names.filter { tierOf[$0] == best })
    }
}

/// The built-in agencies as a review published by each organisation knows them, their phrases
/// normalised: worked out once per publisher in a process (a library's reviews share a few).
final class PublisherAgencies: @unchecked Sendable {
    struct Known {
        var agencies: [(name: String, phrases: [String])]
        var names: Set<String>
        /// The publisher's initials, normalised, when it has some a review might use.
        var initials: String?
    }

    static let shared = PublisherAgencies()
    // Guards `known`.
    private let lock = NSLock()
    private var known: [String?: Known] = [:]

    func known(_ publisher: String?) -> Known {
        if let found = lock.withLock({ known[publisher] }) { return found }
        let resolved = LearningIndex.agencies(publishedBy: publisher)
        let agencies = resolved.agencies.map { ($0.name, $0.phrases.map(LearningIndex.normalised)) }
        let made = Known(agencies: agencies, names: Set(agencies.map(\.0)), initials: resolved.initials.map(LearningIndex.normalised))
        lock.withLock { known[publisher] = made }
        return made
    }
}
