import Foundation

/// The user's casebook folder, `$XDG_CONFIG_HOME/casebook` (default `~/.config/casebook`): their
/// data files (`UserDataFolder`) and `config.toml`.
public struct ConfigFolder: Sendable, Hashable {
    /// The folder's path as the file system takes it.
    public var path: String
    /// `$HOME`, to show paths under it as `~/…`.
    private var home: String?

    public init(environment: [String: String]) {
        home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        // The XDG spec: an unset, empty or relative XDG_CONFIG_HOME is ignored.
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((home ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
        path = (base as NSString).appendingPathComponent("casebook")
    }

    /// The process's own folder.
    public static var current: ConfigFolder { ConfigFolder(environment: ProcessInfo.processInfo.environment) }

    /// The path of a file in the folder.
    public func path(of name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// A path as the user would write it: `~/.config/casebook/themes.txt` for one under `$HOME`.
    public func shown(_ path: String) -> String {
        guard let home, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
