import Content

/// The user's data files (`UserData`) parsed: the layer between the built-in data and a document's
/// own. Each file adds to the built-in file of its name or replaces it (`DataFileMode`).
public struct UserDataLayer: Sendable, Hashable {
    /// One file of the layer, as `casebook data` and `check --data` describe it.
    public struct File: Sendable, Hashable {
        public var name: String
        public var path: String
        public var mode: DataFileMode
        /// How many entries (themes, agencies, acronym senses, questions) its good lines hold.
        public var entries: Int
        /// Its bad lines, each skipped.
        public var issues: [DataFileIssue]
    }

    public private(set) var files: [File] = []
    /// The glossary, agencies and themes the files hold.
    public private(set) var data = LearningData()
    public private(set) var questions: [String] = []
    /// Files that could not be read.
    public let problems: [String]

    public init(_ user: UserData) {
        problems = user.problems
        for file in user.files {
            let (mode, modeIssue) = DataFileMode.of(file.text, file: file.path)
            var issues = modeIssue.map { [$0] } ?? []
            let entries: Int
            switch file.name {
            case GlossaryFile.fileName:
                let parsed = GlossaryFile.parse(file.text, file: file.path)
                data.glossary = parsed.definitions
                (entries, issues) = (parsed.definitions.count, issues + parsed.issues)
            case AgencyFile.fileName:
                let parsed = AgencyFile.parse(file.text, file: file.path)
                data.agencies = parsed.agencies
                (entries, issues) = (parsed.agencies.count, issues + parsed.issues)
            case ThemeFile.fileName:
                let parsed = ThemeFile.parse(file.text, file: file.path)
                data.themes = parsed.themes
                (entries, issues) = (parsed.themes.count, issues + parsed.issues)
            case ReflectiveQuestions.fileName:
                questions = ReflectiveQuestions.parse(file.text)
                entries = questions.count
            default:
                continue
            }
            data.issues += issues
            files.append(File(name: file.name, path: file.path, mode: mode, entries: entries, issues: issues))
        }
    }

    /// The mode of the file of this name, when the layer has one.
    public func mode(of name: String) -> DataFileMode? { files.first { $0.name == name }?.mode }

    /// `builtIn` with this layer over it: a replacing file's entries stand alone, an adding file's
    /// are laid over the built-in ones as a document's local data is (`overlaid(with:)`).
    public func over(_ builtIn: LearningData) -> LearningData {
        var lower = builtIn
        if mode(of: GlossaryFile.fileName) == .replace { lower.glossary = [] }
        if mode(of: AgencyFile.fileName) == .replace { lower.agencies = [] }
        if mode(of: ThemeFile.fileName) == .replace { lower.themes = [] }
        return lower.overlaid(with: data)
    }

    /// The reflective questions in force: the user's after the built-in ones, or the user's alone.
    public func questions(over builtIn: [String]) -> [String] {
        switch mode(of: ReflectiveQuestions.fileName) {
        case nil: return builtIn
        case .replace: return questions
        case .add: return builtIn + questions.filter { !builtIn.contains($0) }
        }
    }
}

extension UserDataLayer {
    /// The layer of a document's user data; nil when it has none.
    public static func of(_ document: ReviewDocument) -> UserDataLayer? { document.userData.map(UserDataLayer.init) }
}

extension LearningData {
    /// The data a document's learning is derived with: `national`, the user's files over it, the
    /// document's local data over those.
    public static func inForce(for document: ReviewDocument, national: LearningData = .builtIn) -> LearningData {
        let user = UserDataLayer.of(document).map { $0.over(national) } ?? national
        return user.overlaid(with: LocalDataFile.data(of: document))
    }
}

extension ReflectiveQuestions {
    /// The questions asked for this document: the built-in ones with the user's laid over them.
    public static func inForce(for document: ReviewDocument) -> [String] {
        UserDataLayer.of(document)?.questions(over: builtIn) ?? builtIn
    }
}
