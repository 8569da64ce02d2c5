import Foundation

/// The bundle that holds the copied `Fixtures` folder, for test targets that look a file up themselves
/// (their own `Bundle.module` has no fixtures).
public enum FixtureBundle {
    public static func url(forResource name: String, withExtension ext: String?, subdirectory: String? = nil) -> URL? {
        Bundle.module.url(forResource: name, withExtension: ext, subdirectory: subdirectory)
    }
}
