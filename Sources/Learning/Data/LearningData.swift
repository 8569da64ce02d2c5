import Content
/// The editable data the learning structure is derived with: field glossary, agencies, themes.
public struct LearningData: Sendable, Hashable {
    public var glossary: [GlossaryDefinition]
    public var agencies: [AgencyDefinition]
    public var themes: [ThemeDefinition]
    /// Malformed lines found while reading the files (the good lines are still used).
    public var issues: [DataFileIssue]

    public init(glossary: [GlossaryDefinition] = [], agencies: [AgencyDefinition] = [], themes: [ThemeDefinition] = [],
                issues: [DataFileIssue] = []) {
        self.glossary = glossary
        self.agencies = agencies
        self.themes = themes
        self.issues = issues
    }

    /// Parses the three files' texts.
    public init(glossaryText: String, agenciesText: String, themesText: String) {
        let glossary = GlossaryFile.parse(glossaryText)
        let agencies = AgencyFile.parse(agenciesText)
        let themes = ThemeFile.parse(themesText)
        self.init(glossary: glossary.definitions, agencies: agencies.agencies, themes: themes.themes,
                  issues: glossary.issues + agencies.issues + themes.issues)
    }

    /// The files shipped in `Content/` and compiled into the binary.
    public static let builtIn = LearningData(
        glossaryText: BuiltInContent.text(named: GlossaryFile.fileName) ?? "",
        agenciesText: BuiltInContent.text(named: AgencyFile.fileName) ?? "",
        themesText: BuiltInContent.text(named: ThemeFile.fileName) ?? "")
}
