import Foundation
import Testing
@testable import Settings

/// Which value wins: a flag over its environment variable over config.toml over the default, and
/// every value casebook cannot use is one line naming where it was.
@Suite struct SettingsPrecedenceTests {
    static let definitions = [
        SettingDefinition(key: "theme", flag: "--theme", environment: "CASEBOOK_THEME",
                          kind: .choice(["default", "light", "dark"]), defaultValue: "default", summary: "colours"),
        SettingDefinition(key: "mouse", flag: "--mouse", environment: "CASEBOOK_MOUSE", kind: .toggle, defaultValue: "on", summary: "mouse"),
        SettingDefinition(key: "measure", flag: "--measure", environment: nil, kind: .number(40...500), defaultValue: "100", summary: "width"),
        SettingDefinition(key: "library", flag: "--library", environment: "CASEBOOK_LIBRARY", kind: .folder, defaultValue: nil, summary: "library"),
    ]

    /// A fresh XDG_CONFIG_HOME holding `config` as casebook/config.toml (none when nil).
    static func environment(config: String?, _ extra: [String: String] = [:]) throws -> [String: String] {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base + "/casebook", withIntermediateDirectories: true)
        if let config { try config.write(toFile: base + "/casebook/config.toml", atomically: true, encoding: .utf8) }
        return ["XDG_CONFIG_HOME": base, "HOME": "/home/trainer"].merging(extra) { $1 }
    }

    @Test func withNothingChosenEachSettingHasItsDefault() throws {
        let settings = try Settings(definitions: Self.definitions, flags: [:], environment: Self.environment(config: nil))
        #expect(settings["theme"] == "default")
        #expect(settings.values["theme"]?.source == .defaultValue)
        #expect(settings["library"] == nil)
        #expect(!settings.configExists)
    }

    @Test func aFlagBeatsTheEnvironmentWhichBeatsTheFileWhichBeatsTheDefault() throws {
        let config = "theme = \"light\"\nmouse = false\n"
        let environment = try Self.environment(config: config, ["CASEBOOK_THEME": "dark", "CASEBOOK_MOUSE": "on"])
        let fromFile = try Settings(definitions: Self.definitions, flags: [:], environment: Self.environment(config: config))
        #expect(fromFile["theme"] == "light")
        #expect(fromFile.values["theme"]?.source == .file(fromFile.configPath, line: 1))
        #expect(fromFile.values["mouse"]?.source == .file(fromFile.configPath, line: 2))
        #expect(fromFile["mouse"] == "off")

        let fromEnvironment = try Settings(definitions: Self.definitions, flags: [:], environment: environment)
        #expect(fromEnvironment["theme"] == "dark")
        #expect(fromEnvironment.values["theme"]?.source == .environment("CASEBOOK_THEME"))
        #expect(fromEnvironment["mouse"] == "on")

        let fromFlag = try Settings(definitions: Self.definitions, flags: ["theme": "default"], environment: environment)
        #expect(fromFlag["theme"] == "default")
        #expect(fromFlag.values["theme"]?.source == .flag("--theme"))
        // The other settings keep their own winners.
        #expect(fromFlag.values["mouse"]?.source == .environment("CASEBOOK_MOUSE"))
        #expect(fromFlag.values["measure"]?.source == .defaultValue)
    }

    @Test func aBadValueInTheFileNamesTheFileAndLine() throws {
        let environment = try Self.environment(config: "# mine\nmeasure = 90\ntheme = \"blue\"\n")
        #expect(throws: SettingsError("\(ConfigPath.shown(environment)) line 3: theme must be one of default, light, dark (found \"blue\")")) {
            try Settings(definitions: Self.definitions, flags: [:], environment: environment)
        }
    }

    @Test func anUnknownKeyAWrongTypeAndBadTOMLAreEachOneLineWithTheLine() throws {
        for (config, expected) in [
            ("measure = 90\ncolour = \"dark\"\n", "line 2: unknown setting \"colour\" (known: theme, mouse, measure, library)"),
            ("mouse = \"maybe\"\n", "line 1: mouse must be true or false (on or off) (found \"maybe\")"),
            ("measure = 20\n", "line 1: measure must be a whole number from 40 to 500 (found \"20\")"),
            ("theme = \n", "line 1: "),
        ] {
            let environment = try Self.environment(config: config)
            do {
                _ = try Settings(definitions: Self.definitions, flags: [:], environment: environment)
                Issue.record("\(config) was accepted")
            } catch {
                #expect(error.message.hasPrefix(ConfigPath.shown(environment) + " " + expected), "\(error.message)")
                #expect(!error.message.contains("\n"))
            }
        }
    }

    @Test func aBadFlagOrEnvironmentValueSaysWhereItWas() throws {
        let environment = try Self.environment(config: nil, ["CASEBOOK_MOUSE": "sometimes"])
        #expect(throws: SettingsError("environment CASEBOOK_MOUSE \"sometimes\": mouse must be true or false (on or off)")) {
            try Settings(definitions: Self.definitions, flags: [:], environment: environment)
        }
        #expect(throws: SettingsError("flag --measure \"wide\": measure must be a whole number from 40 to 500")) {
            try Settings(definitions: Self.definitions, flags: ["measure": "wide"], environment: Self.environment(config: nil))
        }
    }

    @Test func aLibraryFolderExpandsTildeAndMustNotBeAFile() throws {
        let settings = try Settings(definitions: Self.definitions, flags: [:],
                                    environment: Self.environment(config: "library = \"~/cases\"\n"))
        #expect(settings["library"] == "/home/trainer/cases")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-folder-\(UUID().uuidString)").path
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: SettingsError.self) {
            try Settings(definitions: Self.definitions, flags: ["library": file], environment: Self.environment(config: nil))
        }
    }

    @Test func aFileOrFolderSettingTakesAFileAndExpandsTildeAndRelativePaths() throws {
        let definitions = [SettingDefinition(key: "library", flag: "--library", environment: "CASEBOOK_LIBRARY",
                                             kind: .fileOrFolder, defaultValue: nil, summary: "library")]
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("a-library-\(UUID().uuidString).sqlite").path
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try Settings(definitions: definitions, flags: ["library": file], environment: Self.environment(config: nil))["library"] == file)
        let environment = try Self.environment(config: "library = \"~/drive/team.sqlite\"\n")
        #expect(try Settings(definitions: definitions, flags: [:], environment: environment)["library"] == "/home/trainer/drive/team.sqlite")
        let relative = try Self.environment(config: "library = \"shared/team.db\"\n")
        #expect(try Settings(definitions: definitions, flags: [:], environment: relative)["library"]
            == (relative["XDG_CONFIG_HOME"]! as NSString).standardizingPath + "/casebook/shared/team.db")
        #expect(throws: SettingsError.self) {
            try Settings(definitions: definitions, flags: ["library": " "], environment: Self.environment(config: nil))
        }
    }
}

/// The config file's path as messages show it.
enum ConfigPath {
    static func shown(_ environment: [String: String]) -> String { environment["XDG_CONFIG_HOME"]! + "/casebook/config.toml" }
}
