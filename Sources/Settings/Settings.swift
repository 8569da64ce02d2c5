import Content
import Foundation

/// The settings in force: for each definition, the value from the strongest place that gives one —
/// a command-line flag, then its environment variable, then `config.toml`, then the default.
public struct Settings: Sendable, Hashable {
    public let definitions: [SettingDefinition]
    public private(set) var values: [String: SettingValue] = [:]
    /// The config file, as shown to the user, and whether it exists.
    public let configPath: String
    public let configExists: Bool

    public static let configFileName = "config.toml"

    /// `flags` are the values given on the command line, by key; `environment` is the process's.
    /// A value that cannot be used, wherever it came from, is an error naming where it was.
    public init(definitions: [SettingDefinition], flags: [String: String], environment: [String: String]) throws(SettingsError) {
        self.definitions = definitions
        let folder = ConfigFolder(environment: environment)
        let path = folder.path(of: Self.configFileName)
        configPath = folder.shown(path)
        let home = environment["HOME"] ?? NSHomeDirectory()
        let workingFolder = FileManager.default.currentDirectoryPath
        var file: ConfigFile?
        // Read as documents are: only a regular file, without blocking (a FIFO here would hang every command).
        if let data = try? DocumentLoader.readFile(path) {
            configExists = true
            file = try ConfigFile(text: String(decoding: data, as: UTF8.self), path: configPath, definitions: definitions,
                                  home: home, folder: folder.path)
        } else {
            configExists = false
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw SettingsError("\(configPath): cannot be read" + (isDirectory.boolValue ? " (it is a folder)" : ""))
            }
        }
        for definition in definitions {
            func checked(_ text: String, _ source: SettingSource) throws(SettingsError) -> SettingValue {
                guard let plain = definition.normalized(text, home: home, base: workingFolder) else {
                    throw SettingsError("\(source) \"\(text)\": \(definition.key) must be \(definition.accepted)")
                }
                return SettingValue(value: plain, source: source)
            }
            if let flag = flags[definition.key] {
                values[definition.key] = try checked(flag, .flag(definition.flag))
            } else if let name = definition.environment, let text = environment[name], !text.isEmpty {
                values[definition.key] = try checked(text, .environment(name))
            } else if let written = file?.values[definition.key] {
                values[definition.key] = SettingValue(value: written.value, source: .file(configPath, line: written.line))
            } else {
                values[definition.key] = SettingValue(value: definition.defaultValue, source: .defaultValue)
            }
        }
    }

    /// The value in force for `key` (nil when it is not set, or not defined).
    public subscript(key: String) -> String? { values[key]?.value }
}
