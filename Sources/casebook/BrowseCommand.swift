import ArgumentParser
import Content
import TUIApp

/// `casebook [browse] [FILE]`: the full-screen browser, or the document as plain text when the
/// terminal cannot host it (output piped, TERM dumb, input not a terminal).
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser (the default command).",
        discussion: """
        When standard output is not a terminal, the document is printed as plain text, as `man | cat` \
        does; likewise when TERM is unset or dumb, or standard input is not a terminal.
        """
    )

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text).")
    var noMouse = false

    @Option(name: .customLong("color"),
            help: "Use colour: auto (unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let document: ReviewDocument
        do { document = try self.document.load() } catch {
            throw mistypedCommandHint(error)
        }
        if case let .plainText(note) = display {
            if let note { StandardStreams.complain(note + "; printing the document as plain text") }
            StandardStreams.write(PlainTextRenderer(width: Terminal.columns).render(document))
            return
        }
        let options = BrowserOptions(colorEnabled: colorEnabled, mouseEnabled: !noMouse)
        let status = TerminalApp.run(document: document, options: options)
        if status != 0 { throw ExitCode(status) }
    }

    private enum Display {
        case browser
        /// With the note for stderr; none when output is simply piped, as `man | cat` says nothing.
        case plainText(note: String?)
    }

    private var display: Display {
        if !Terminal.stdoutIsTerminal { return .plainText(note: nil) }
        if Terminal.isDumb { return .plainText(note: "TERM is not set/dumb") }
        if !Terminal.stdinIsTerminal { return .plainText(note: "input is not a terminal") }
        return .browser
    }

    private var colorEnabled: Bool {
        switch color {
        case .auto: return Terminal.environment("NO_COLOR") == nil
        case .always: return true
        case .never: return false
        }
    }

    /// `casebook lsit` reads as a missing file; say that it is not a command either.
    private func mistypedCommandHint(_ failure: CommandFailure) -> CommandFailure {
        guard let file = document.file, !file.contains("/"), !file.contains("."),
              failure.message.hasSuffix("no such file") else { return failure }
        let commands = Casebook.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        return CommandFailure(failure.message + " (nor a command: " + commands.joined(separator: ", ") + ")")
    }
}
