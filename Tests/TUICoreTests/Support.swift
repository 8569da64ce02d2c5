@testable import Content
import Foundation
@testable import TUICore
import TUITestSupport

/// Golden screens: text files in Goldens/. Set CASEBOOK_RECORD_GOLDENS=1 to (re)write them from the
/// current output, then read the diff before committing.
enum Golden {
    static func expected(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Goldens") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    static func matches(_ actual: String, _ name: String, filePath: String = #filePath) -> Bool {
        if ProcessInfo.processInfo.environment["CASEBOOK_RECORD_GOLDENS"] == "1" {
            let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
            try? (actual + "\n").write(to: directory.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
            return true
        }
        guard let expected = expected(name) else { return false }
        return expected == actual + "\n"
    }
}
