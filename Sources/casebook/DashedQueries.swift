/// A query may start with "-" (`'-foo bar'` leaves out foo): ArgumentParser would read it as an
/// option. One that starts with a single "-" and holds a space cannot be an option, so it is passed
/// on with a leading space, which the query language ignores. After "--" nothing is changed. A
/// one-word one cannot be told from an option: an option's value is joined to it
/// (`--filter=-status:completed`), and a search needs a word to look for beside it anyway.
enum DashedQueries {
    static func protect(_ arguments: [String]) -> [String] {
        var afterTerminator = false
        return arguments.map { argument in
            if argument == "--" { afterTerminator = true }
            guard !afterTerminator, argument.hasPrefix("-"), !argument.hasPrefix("--"),
                  argument.contains(where: \.isWhitespace) else { return argument }
            return " " + argument
        }
    }

    /// The commands whose query is the value of `--filter`.
    static let filterCommands = ["list", "commitments"]

    /// What to add to the usage error `message` when a one-word query starting with "-" was taken for
    /// an option: the way to write it that works.
    static func hint(for arguments: [String], message: String) -> String? {
        let options = arguments.prefix { $0 != "--" }
        // `--filter -status:completed`: the value was read as an option, so `--filter` has none.
        for (option, value) in zip(options, options.dropFirst())
        where option.hasPrefix("--") && !option.contains("=") && isDashed(value) && message.hasPrefix("Missing value for '\(option)") {
            return "a value that starts with \"-\" is joined to its option: write \(option)=\(value)"
        }
        guard let command = options.first, let dashed = options.dropFirst().first(where: isDashed) else { return nil }
        if filterCommands.contains(command) {
            return "a filter that starts with \"-\" is written --filter=\(dashed)"
        }
        if command == "search" {
            return "\(dashed) alone only leaves words out: give a word to look for too, in one argument: casebook search 'word \(dashed)'"
        }
        return nil
    }

    /// An argument ArgumentParser reads as a short option, though it may be meant as a query.
    private static func isDashed(_ argument: String) -> Bool {
        argument.hasPrefix("-") && !argument.hasPrefix("--") && argument.count > 1 && argument != "-h"
    }
}
