import ArgumentParser

/// `--library PATH` before the command (`casebook --library X search foo`) is moved after it, where
/// each command that reads a library declares it, so it names the library wherever it is written.
/// Before no command it is the browser's (`casebook --library X`, `casebook --library X 12`). Before a
/// command that reads no library, the parser refuses it as an option that command does not know; before
/// `config`, which would take it for the default to save, it is refused here: never the default
/// library used in silence.
enum LibraryPlacement {
    static func arranged(_ arguments: [String]) throws(CommandFailure) -> [String] {
        var leading: [String] = []
        var rest = arguments[...]
        while let first = rest.first {
            if first == "--library", rest.count >= 2 {
                leading += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--library=") {
                leading.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard !leading.isEmpty else { return arguments }
        // The command's path: `search`, `data show`.
        var command: [String] = []
        var commands = Casebook.configuration.subcommands
        while let next = rest.first, let found = commands.first(where: { $0.configuration.commandName == next }) {
            command.append(next)
            rest = rest.dropFirst()
            commands = found.configuration.subcommands
        }
        if command.first == "config" {
            throw CommandFailure("--library before config names no library to read; to make it the default, "
                                 + "casebook config --library PATH")
        }
        return command + leading + rest
    }
}
