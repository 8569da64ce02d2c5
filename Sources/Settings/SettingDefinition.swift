/// One setting a user can choose: its key in `config.toml`, its command-line flag, its environment
/// variable, what values it takes and its default. The definitions live with the commands that use
/// them; this target only reads and ranks what the user said.
public struct SettingDefinition: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// One of these words.
        case choice([String])
        /// On or off (`true`/`false` in the file; on, off, yes, no, 1, 0 in the environment).
        case toggle
        /// A whole number in this range.
        case number(ClosedRange<Int>)
        /// A folder; `~/` is the home folder. It may not exist yet, but must not be a file.
        case folder
        /// A file or a folder (`~/` is the home folder); neither need exist yet.
        case fileOrFolder
    }

    /// The key in `config.toml` ("theme").
    public var key: String
    /// The flag that sets it ("--theme"), as `casebook config` names it.
    public var flag: String
    /// The environment variable that sets it ("CASEBOOK_THEME"), if any.
    public var environment: String?
    public var kind: Kind
    /// The value when nobody chose one; nil for none (a folder not set).
    public var defaultValue: String?
    /// One line for `casebook config` and the README.
    public var summary: String

    public init(key: String, flag: String, environment: String?, kind: Kind, defaultValue: String?, summary: String) {
        self.key = key
        self.flag = flag
        self.environment = environment
        self.kind = kind
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// What the setting accepts, for messages: "one of default, light, dark".
    var accepted: String {
        switch kind {
        case let .choice(words): return "one of " + words.joined(separator: ", ")
        case .toggle: return "true or false (on or off)"
        case let .number(range): return "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .folder: return "a folder"
        case .fileOrFolder: return "a file or a folder"
        }
    }
}
