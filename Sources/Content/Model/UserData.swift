/// The data files a trainer keeps in their own folder (`$XDG_CONFIG_HOME/casebook/`): themes,
/// agencies, glossary and reflective questions of the built-in files' formats, which add to the
/// built-in ones or replace them. The loader reads them (`UserDataFolder`); Learning parses them
/// and lays them between the built-in data and a document's own. Kept as text here because their
/// formats are Learning's.
public struct UserData: Sendable, Hashable {
    /// One file of the folder.
    public struct File: Sendable, Hashable {
        /// Its name in the folder ("themes.txt"), which says what it holds.
        public var name: String
        /// Where it is, as shown to the user ("~/.config/casebook/themes.txt").
        public var path: String
        public var text: String

        public init(name: String, path: String, text: String) {
            self.name = name
            self.path = path
            self.text = text
        }
    }

    /// The folder, as shown to the user.
    public var folder: String
    public var files: [File]
    /// Files that are there but could not be read, each as one line for the user.
    public var problems: [String]

    public init(folder: String, files: [File] = [], problems: [String] = []) {
        self.folder = folder
        self.files = files
        self.problems = problems
    }

    /// The file of this name, when the folder has it.
    public func file(named name: String) -> File? { files.first { $0.name == name } }
}
