/// A query may start with "-" (`'-foo bar'` leaves out foo): ArgumentParser would read it as an
/// option. One that starts with a single "-" and holds a space cannot be an option, so it is passed
/// on with a leading space, which the query language ignores. After "--" nothing is changed; a
/// one-word query that starts with "-" needs that "--" (`casebook search -- -foo`).
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

    /// What to add to a usage error when a one-word query starting with "-" was taken for an option.
    static func hint(for arguments: [String]) -> String? {
        guard let command = arguments.first, ["search", "list"].contains(command),
              arguments.contains(where: { $0.hasPrefix("-") && !$0.hasPrefix("--") && !["-h"].contains($0) }) else { return nil }
        return "a query that starts with \"-\" goes after --: casebook \(command) -- -word"
    }
}
