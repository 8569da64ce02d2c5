import Foundation

/// Keeps a test's casebook away from the user's own notes, data files and config.toml: unless the test
/// names its own (or a HOME), the data and config folders are fresh ones under `directory`, so no test
/// reads what another test, another branch's build or the person at the keyboard left behind.
enum PrivateUserFolders {
    static func filling(_ environment: [String: String], under directory: URL) -> [String: String] {
        guard environment["HOME"] == nil else { return environment }
        var environment = environment
        for key in ["XDG_DATA_HOME", "XDG_CONFIG_HOME"] where environment[key] == nil {
            environment[key] = directory.appendingPathComponent(key).path
        }
        return environment
    }
}
