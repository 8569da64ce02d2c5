/// Learning data comes in layers, lowest first: the national data built in, then the user's own
/// folder (`UserDataLayer`, whose files may also replace a built-in file), then the local data that
/// belongs to one document. A higher layer wins:
/// - glossary: its senses of an acronym come first (the usual sense); the lower senses follow;
/// - agencies: a line with a lower agency's name adds its aliases (and short name) to that
///   agency, in place. Any other line is a new agency, added after the lower ones, except that
///   one claiming a lower agency's name or short name among its phrases stands in that agency's
///   place ("Portsmouth City Council: …; Local Authority" says who "the Local Authority" is);
///   an alias it claims is taken from the lower agencies, so its words are its own;
/// - themes: a line with a lower theme's name adds its signals; any other is added after.
extension LearningData {
    public static func layered(_ layers: [LearningData]) -> LearningData {
        layers.dropFirst().reduce(layers.first ?? LearningData()) { $0.overlaid(with: $1) }
    }

    /// This data with `upper` laid over it.
    public func overlaid(with upper: LearningData) -> LearningData {
        LearningData(glossary: upper.glossary + glossary, agencies: Self.agencies(agencies, overlaidWith: upper.agencies),
                     themes: Self.themes(themes, overlaidWith: upper.themes), issues: issues + upper.issues)
    }

    private static func agencies(_ lower: [AgencyDefinition], overlaidWith upper: [AgencyDefinition]) -> [AgencyDefinition] {
        var merged = lower.map { (agency: $0, isUpper: false) }
        for agency in upper {
            let claimed = Set(agency.phrases.map { $0.lowercased() })
            let lowerIndices = merged.indices.filter { !merged[$0].isUpper }
            let same = lowerIndices.first { merged[$0].agency.name.lowercased() == agency.name.lowercased() }
            if let same {
                merged[same].agency.add(agency)
            } else {
                let replaced = lowerIndices.filter { merged[$0].agency.isNamed(byAnyOf: claimed) }
                if let first = replaced.first {
                    merged[first] = (agency, true)
                    for index in replaced.dropFirst().reversed() { merged.remove(at: index) }
                } else {
                    merged.append((agency, true))
                }
            }
            for index in merged.indices where !merged[index].isUpper && index != same {
                merged[index].agency.aliases.removeAll { claimed.contains($0.lowercased()) }
            }
        }
        return merged.map(\.agency)
    }

    private static func themes(_ lower: [ThemeDefinition], overlaidWith upper: [ThemeDefinition]) -> [ThemeDefinition] {
        var merged = lower
        for theme in upper {
            if let same = merged.firstIndex(where: { $0.name.lowercased() == theme.name.lowercased() }) {
                merged[same].signals += theme.signals.filter { !merged[same].signals.contains($0) }
            } else {
                merged.append(theme)
            }
        }
        return merged
    }
}

private extension AgencyDefinition {
    /// Whether its name or short name is among these lower-cased phrases.
    func isNamed(byAnyOf phrases: Set<String>) -> Bool {
        ([name] + [shortName].compactMap { $0 }).contains { phrases.contains($0.lowercased()) }
    }

    /// Takes in another line for the same agency: its new aliases, and its short name if it gives one.
    mutating func add(_ other: AgencyDefinition) {
        let known = Set(phrases.map { $0.lowercased() })
        aliases += other.aliases.filter { !known.contains($0.lowercased()) }
        shortName = other.shortName ?? shortName
    }
}
