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

    /// Parses the three files' texts; `file` names them all when they are sections of one file.
    public init(glossaryText: String, agenciesText: String, themesText: String, file: String? = nil) {
        let glossary = GlossaryFile.parse(glossaryText, file: file ?? GlossaryFile.fileName)
        let agencies = AgencyFile.parse(agenciesText, file: file ?? AgencyFile.fileName)
        let themes = ThemeFile.parse(themesText, file: file ?? ThemeFile.fileName)
        self.init(glossary: glossary.definitions, agencies: agencies.agencies, themes: themes.themes,
                  issues: glossary.issues + agencies.issues + themes.issues)
    }

    /// The national files shipped in `Content/` and compiled into the binary. A document's own
    /// data is laid over them (`LocalDataFile`, `overlaid(with:)`).
    public static let builtIn = LearningData(
        glossaryText: BuiltInContent.text(named: GlossaryFile.fileName) ?? "",
        agenciesText: BuiltInContent.text(named: AgencyFile.fileName) ?? "",
        themesText: BuiltInContent.text(named: ThemeFile.fileName) ?? "")
}
