import TOMLKit

/// The settings written in `config.toml`: `key = value` lines at its top level, each checked against
/// its definition. Anything casebook cannot use — bad TOML, an unknown key, a wrong value — is an
/// error naming the file and line: a setting the user wrote is never silently ignored.
public struct ConfigFile: Sendable, Hashable {
    /// Each key's value in its plain form, and the line it is on.
    public private(set) var values: [String: (value: String, line: Int)] = [:]
    /// The file, as shown to the user.
    public let path: String

    public static func == (lhs: ConfigFile, rhs: ConfigFile) -> Bool {
        lhs.path == rhs.path && lhs.values.mapValues(\.value) == rhs.values.mapValues(\.value)
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(path) }

    /// Reads `text`, the file at `path` (as shown); `home` and `folder` (the file's own folder) resolve
    /// relative and `~/` folders.
    public init(text: String, path: String, definitions: [SettingDefinition], home: String, folder: String) throws(SettingsError) {
        self.path = path
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw SettingsError("\(path) line \(error.source.begin.line): \(error.description)")
        } catch {
            throw SettingsError("\(path): \(error)")
        }
        for (key, value) in table {
            let line = Self.line(of: key, in: text)
            guard let definition = definitions.first(where: { $0.key == key }) else {
                let known = definitions.map(\.key).joined(separator: ", ")
                throw SettingsError("\(path) line \(line): unknown setting \"\(key)\" (known: \(known))")
            }
            let written: String? = switch value.type {
            case .string: value.string
            case .bool: value.bool.map { $0 ? "on" : "off" }
            case .int: value.int.map(String.init)
            default: nil
            }
            guard let written, let plain = definition.normalized(written, home: home, base: folder),
                  Self.hasRightType(value.type, for: definition.kind) else {
                throw SettingsError("\(path) line \(line): \(key) must be \(definition.accepted)"
                                    + (written.map { " (found \"\($0)\")" } ?? ""))
            }
            values[key] = (plain, line)
        }
    }

    /// TOML's own types: a toggle is `true`/`false`, a number is written without quotes.
    private static func hasRightType(_ type: TOMLType, for kind: SettingDefinition.Kind) -> Bool {
        switch kind {
        case .toggle: return type == .bool
        case .number: return type == .int
        case .choice, .folder, .fileOrFolder: return type == .string
        }
    }

    /// The line a top-level key is written on (TOMLKit keeps no positions for values).
    private static func line(of key: String, in text: String) -> Int {
        var number = 0
        var found = 1
        text.enumerateLines { line, stop in
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            for spelling in [key, "\"\(key)\"", "'\(key)'"] where trimmed.hasPrefix(spelling) {
                if trimmed.dropFirst(spelling.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                    found = number
                    stop = true
                }
            }
        }
        return found
    }
}
