import ArgumentParser
import TUIApp
import TUICore

/// How the browser uses the terminal: shared by `browse` and `present`.
struct TerminalOptions: ParsableArguments {
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text).")
    var noMouse = false

    @Option(name: .customLong("color"), help: "Use colour: auto (unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    var colorEnabled: Bool {
        switch color {
        case .auto: return Terminal.environment("NO_COLOR") == nil
        case .always: return true
        case .never: return false
        }
    }

    var browserOptions: BrowserOptions { BrowserOptions(colorEnabled: colorEnabled, mouseEnabled: !noMouse) }

    /// Why the full-screen browser cannot run here, or nil when it can.
    static var whyNotFullScreen: (reason: String, isQuiet: Bool)? {
        if !Terminal.stdoutIsTerminal { return ("output is not a terminal", true) }
        if Terminal.isDumb { return ("TERM is not set/dumb", false) }
        if !Terminal.stdinIsTerminal { return ("input is not a terminal", false) }
        return nil
    }
}
