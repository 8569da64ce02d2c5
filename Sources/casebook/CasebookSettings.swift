import Foundation
import Settings
import TUICore

/// The settings casebook reads from `config.toml`, the environment and flags (flag > environment >
/// file > default): what each is called in each place, and its default.
enum CasebookSettings {
    static let theme = SettingDefinition(
        key: "theme", flag: "--theme", environment: "CASEBOOK_THEME", kind: .choice(ColorTheme.allCases.map(\.rawValue)),
        defaultValue: ColorTheme.standard.rawValue, summary: "the browser's colours")
    static let mouse = SettingDefinition(
        key: "mouse", flag: "--mouse/--no-mouse", environment: "CASEBOOK_MOUSE", kind: .toggle, defaultValue: "on",
        summary: "the wheel and clicks in the browser (off leaves the mouse to the terminal)")
    static let measure = SettingDefinition(
        key: "measure", flag: "--measure", environment: "CASEBOOK_MEASURE", kind: .number(40...400),
        defaultValue: String(BrowserOptions.defaultMeasure), summary: "the reader's widest line, in columns")
    static let exportFormat = SettingDefinition(
        key: "export-format", flag: "export --format", environment: "CASEBOOK_EXPORT_FORMAT",
        kind: .choice(ExportCommand.Format.allCases.map(\.rawValue)), defaultValue: ExportCommand.Format.json.rawValue,
        summary: "what export writes without --format")
    static let library = SettingDefinition(
        key: "library", flag: "--library", environment: "CASEBOOK_LIBRARY", kind: .fileOrFolder, defaultValue: nil,
        summary: "the library file (or a folder holding library.sqlite); default $XDG_DATA_HOME/casebook/library.sqlite")

    static let all = [theme, mouse, measure, exportFormat, library]

    /// The settings in force, with `flags` given on this command line (by key). A value that cannot be
    /// used, in the config file or elsewhere, is one line naming where it is, and exit 2.
    static func load(flags: [String: String] = [:]) throws(CommandFailure) -> Settings {
        do {
            return try Settings(definitions: all, flags: flags, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
