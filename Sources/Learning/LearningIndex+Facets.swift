/// The learning facets of the filter language: `theme:missing`, `agency:police`, `status:planned`,
/// `has:commitment`, `has:due`, `has:response`. Values ignore case; a value may be the start of a word.
extension LearningIndex {
    /// The facet keys answered here, with what each accepts (for help and the facet picker).
    public static let facetKeys: [(key: String, help: String)] = [
        ("theme", "a theme, by any word of its name, e.g. theme:missing"),
        ("agency", "an agency addressed or named, by name or alias, e.g. agency:police"),
        ("status", "completed, in-progress or planned, e.g. status:planned"),
        ("has", "commitment, due (a commitment with a due period) or response, e.g. has:commitment"),
    ]

    public static let hasValues = ["commitment", "due", "response"]

    /// Why a value can never match, for the query parser to report ("status:lost"); nil when it may.
    /// Themes and agencies depend on the data files and the document, so any value is accepted.
    public static func facetValueProblem(key: String, value: String) -> String? {
        let letters = Self.letters(value)
        switch key.lowercased() {
        case "status" where letters.isEmpty || !statusSynonyms.contains(where: { $0.0.hasPrefix(letters) }):
            return "status: expects completed, in-progress or planned"
        case "has" where letters.isEmpty || !hasValues.contains(where: { $0.hasPrefix(letters) }):
            return "has: expects " + hasValues.joined(separator: ", ")
        default:
            return nil
        }
    }

    /// Indices into `document.recommendations` that satisfy `key:value`; nil when the key is not a learning facet.
    public func recommendationsMatching(facet key: String, value: String) -> Set<Int>? {
        let value = value.lowercased().trimmingCharacters(in: .whitespaces)
        let recommendations = self.recommendations
        let indices = recommendations.indices
        switch key.lowercased() {
        case "theme":
            let themes = Set(matchingThemes(value))
            return Set(indices.filter { recommendations[$0].themeNames.contains(where: themes.contains) })
        case "agency":
            let agencies = Set(matchingAgencies(value))
            return Set(indices.filter { !agencies.isDisjoint(with: recommendations[$0].allAgencies) })
        case "status":
            let statuses = Set(matchingStatuses(value))
            return Set(indices.filter { recommendations[$0].status.map { statuses.contains($0.value) } ?? false })
        case "has":
            let letters = Self.letters(value)
            // `document.recommendations` flattens the sections on every call: once, not per recommendation.
            let documentRecommendations = document.recommendations
            return Set(indices.filter { index in
                let learning = recommendations[index]
                if !letters.isEmpty && "commitment".hasPrefix(letters) { return learning.hasCommitments }
                if !letters.isEmpty && "due".hasPrefix(letters) { return learning.hasDueCommitment }
                if !letters.isEmpty && "response".hasPrefix(letters) { return documentRecommendations[index].response != nil }
                return false
            })
        default:
            return nil
        }
    }

    /// The values a facet picker can offer for a key, from this document; nil for keys not answered here.
    public func facetValues(for key: String) -> [String]? {
        let recommendations = self.recommendations
        switch key.lowercased() {
        case "theme":
            let found = Set(recommendations.flatMap(\.themeNames))
            return data.themes.map(\.name).filter(found.contains)
        case "agency":
            var names = agencies.map(\.name)
            names += recommendations.flatMap(\.unlistedAddressees)
            let found = Set(recommendations.flatMap(\.allAgencies))
            var seen = Set<String>()
            return names.filter { name in seen.insert(name).inserted && found.contains(name) }
        case "status": return RecommendationStatus.Value.allCases.map(\.rawValue)
        case "has": return Self.hasValues
        default: return nil
        }
    }

    /// Themes with a word of their name starting with each word of the value ("missing", "out-of-area", "nrm").
    func matchingThemes(_ value: String) -> [String] {
        data.themes.map(\.name).filter(Self.themeTest(value))
    }

    /// Whether a theme's name is one `theme:value` asks for; also for a library's stored themes.
    public static func themeTest(_ value: String) -> (String) -> Bool {
        let wanted = WordTokens(value).tokens.map(\.folded)
        return { name in
            guard !wanted.isEmpty else { return false }
            let words = WordTokens(name).tokens.map(\.folded)
            return wanted.allSatisfy { part in words.contains { $0.hasPrefix(part) } }
        }
    }

    /// Agencies named exactly by the value; else those with a name or alias starting with it; else
    /// those with a word of their name starting with it ("police" is Hampshire Constabulary, not the
    /// Office of the Police and Crime Commissioner).
    func matchingAgencies(_ value: String) -> [String] {
        var unlisted: [String] = []
        var seen = Set<String>()
        for name in recommendations.flatMap(\.unlistedAddressees) where seen.insert(name).inserted {
            unlisted.append(name)
        }
        return Self.matchingAgencies(value, among: agencies, unlisted: unlisted)
    }

    /// The same, among a review's agencies (`agencies(publishedBy:)`) and the addressees it names that
    /// they do not list: for a library's stored agencies, which hold each review's names.
    public static func matchingAgencies(_ value: String, among agencies: [AgencyDefinition], unlisted: [String]) -> [String] {
        let wanted = Self.normalised(value)
        guard !wanted.isEmpty else { return [] }
        let phrases = agencies.map { agency in (agency.name, agency.phrases.map(Self.normalised)) }
            + unlisted.map { ($0, [Self.normalised($0)]) }
        // The closest tier only (`AgencyTiers`, which a library's stored learning picks by too).
        let tiers = phrases.map { AgencyTiers.tier(of: $0.1, wanted: wanted) }
        guard let best = tiers.compactMap({ $0 }).min() else { return [] }
        return zip(phrases, tiers).filter { $0.1 == best }.map(\.0.0)
    }

    func matchingStatuses(_ value: String) -> [RecommendationStatus.Value] { Self.statuses(matching: value) }

    /// The statuses `status:value` asks for ("prog" is in progress, "done" completed); also for a library's table.
    public static func statuses(matching value: String) -> [RecommendationStatus.Value] {
        let letters = Self.letters(value)
        guard !letters.isEmpty else { return [] }
        var seen = Set<RecommendationStatus.Value>()
        return statusSynonyms.filter { $0.0.hasPrefix(letters) }.map(\.1).filter { seen.insert($0).inserted }
    }

    /// Words a status may be asked for by, letters only.
    static let statusSynonyms: [(String, RecommendationStatus.Value)] = [
        ("completed", .completed), ("done", .completed), ("complete", .completed),
        ("inprogress", .inProgress), ("progress", .inProgress), ("ongoing", .inProgress), ("underway", .inProgress),
        ("planned", .planned), ("promised", .planned),
    ]

    /// Lower case, words separated by single spaces, straight apostrophes ("in-progress" → "in progress").
    public static func normalised(_ text: String) -> String {
        WordTokens(text).tokens.map(\.folded).joined(separator: " ")
    }

    /// Only the letters, lower case ("in-progress" → "inprogress").
    static func letters(_ text: String) -> String { String(text.lowercased().filter(\.isLetter)) }
}
