import ArgumentParser
import Content
import Foundation

LargeAllocations.returnToTheSystemWhenFreed()

// A custom entry point instead of `Casebook.main()`, so that every failure is one line on stderr
// with casebook's exit codes (2 for usage errors, where ArgumentParser would use 64).
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    var command = try Casebook.parseAsRoot(DashedQueries.protect(try LibraryPlacement.arranged(arguments)))
    // Every command reads config.toml, so a mistake in it is reported whatever the command.
    _ = try CasebookSettings.load()
    // The commands that describe the data files say it all themselves.
    if !(command is CheckCommand || command is DataCommand.Show || command is DataCommand.Init) { UserDataWarnings.report() }
    try command.run()
} catch let failure as CommandFailure {
    StandardStreams.complain(failure.message)
    exit(failure.exitCode)
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    if Casebook.exitCode(for: error) == .success {
        // --help and --version, written as every output is: a failed write is one line and exit 2.
        StandardStreams.writeVerbatim(Casebook.fullMessage(for: error) + "\n")
        exit(0)
    }
    let message = Casebook.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    let usage = Casebook.fullMessage(for: error).split(separator: "\n")
        .first { $0.hasPrefix("Usage:") }.map { " " + $0.trimmingCharacters(in: .whitespaces) } ?? ""
    let ending = message.last.map { ".!?".contains($0) } ?? true ? "" : "."
    let hint = DashedQueries.hint(for: arguments, message: message).map { " (\($0))" } ?? ""
    StandardStreams.complain(message + ending + hint + usage)
    exit(CommandFailure.unusable)
}
