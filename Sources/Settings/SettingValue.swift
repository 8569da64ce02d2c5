import Foundation

/// Where a setting in force came from, strongest first.
public enum SettingSource: Sendable, Hashable, CustomStringConvertible {
    case flag(String)
    case environment(String)
    /// The config file, shown as the user would write its path, and the line.
    case file(String, line: Int)
    case defaultValue

    public var description: String {
        switch self {
        case let .flag(flag): return "flag " + flag
        case let .environment(name): return "environment " + name
        case let .file(path, line): return "\(path) line \(line)"
        case .defaultValue: return "default"
        }
    }
}

/// A setting's value in force, and where it came from.
public struct SettingValue: Sendable, Hashable {
    /// The value in its plain form: the chosen word, "on"/"off", the number, the folder's full path;
    /// nil when not set.
    public var value: String?
    public var source: SettingSource

    public init(value: String?, source: SettingSource) {
        self.value = value
        self.source = source
    }
}

/// A value the user gave that casebook cannot use: one line naming where it was.
public struct SettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension SettingDefinition {
    /// `text` checked and put in its plain form; `home` expands a leading `~/` of a folder, and a
    /// relative folder is taken from `base`.
    func normalized(_ text: String, home: String, base: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case let .choice(words):
            return words.first { $0 == trimmed.lowercased() }
        case .toggle:
            switch trimmed.lowercased() {
            case "on", "true", "yes", "1": return "on"
            case "off", "false", "no", "0": return "off"
            default: return nil
            }
        case let .number(range):
            return Int(trimmed).flatMap { range.contains($0) ? String($0) : nil }
        case .folder:
            guard let path = Self.fullPath(trimmed, home: home, base: base) else { return nil }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { return nil }
            return path
        case .fileOrFolder:
            return Self.fullPath(trimmed, home: home, base: base)
        }
    }

    /// `text` as a full path: `~/` from `home`, a relative path from `base`; nil when empty.
    private static func fullPath(_ text: String, home: String, base: String) -> String? {
        guard !text.isEmpty else { return nil }
        var path = text == "~" ? home : text.hasPrefix("~/") ? home + text.dropFirst(1) : text
        if !path.hasPrefix("/") { path = (base as NSString).appendingPathComponent(path) }
        return (path as NSString).standardizingPath
    }
}
