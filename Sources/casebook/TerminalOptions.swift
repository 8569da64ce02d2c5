import ArgumentParser
import Settings
import TUIApp
import TUICore

/// How the browser uses the terminal: shared by `browse`, `present` and `config`. Each option
/// overrides its environment variable and `config.toml` (`CasebookSettings`).
struct TerminalOptions: ParsableArguments {
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Flag(inversion: .prefixedNo, help: "Use the mouse in the browser; --no-mouse leaves it to the terminal (for selecting text).")
    var mouse: Bool?

    @Option(name: .customLong("color"), help: "Use colour: auto (unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("The colour theme: \(ColorTheme.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "name"),
            completion: .list(ColorTheme.allCases.map(\.rawValue)))
    var theme: String?

    @Option(help: ArgumentHelp("The reader's widest line, in columns (default \(BrowserOptions.defaultMeasure)).", valueName: "columns"))
    var measure: String?

    /// The values given here, by setting key.
    var flags: [String: String] {
        var flags: [String: String] = [:]
        flags[CasebookSettings.theme.key] = theme
        flags[CasebookSettings.mouse.key] = mouse.map { $0 ? "on" : "off" }
        flags[CasebookSettings.measure.key] = measure
        return flags
    }

    /// Whether colour is on, and why: `--color` wins, then NO_COLOR, as https://no-color.org asks.
    var colorInForce: (enabled: Bool, source: String) {
        switch color {
        case .always: return (true, "flag --color always")
        case .never: return (false, "flag --color never")
        case .auto:
            return Terminal.environment("NO_COLOR") == nil ? (true, "default") : (false, "environment NO_COLOR")
        }
    }

    func browserOptions() throws(CommandFailure) -> BrowserOptions {
        let settings = try CasebookSettings.load(flags: flags)
        return BrowserOptions(colorEnabled: colorInForce.enabled,
                              colorTheme: settings[CasebookSettings.theme.key].flatMap(ColorTheme.init) ?? .standard,
                              mouseEnabled: settings[CasebookSettings.mouse.key] != "off",
                              measure: settings[CasebookSettings.measure.key].flatMap { Int($0) } ?? BrowserOptions.defaultMeasure)
    }

    /// Why the full-screen browser cannot run here, or nil when it can.
    static var whyNotFullScreen: (reason: String, isQuiet: Bool)? {
        if !Terminal.stdoutIsTerminal { return ("output is not a terminal", true) }
        if Terminal.isDumb { return ("TERM is not set/dumb", false) }
        if !Terminal.stdinIsTerminal { return ("input is not a terminal", false) }
        return nil
    }
}
