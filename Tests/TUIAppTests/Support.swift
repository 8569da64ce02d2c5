import Content
import Foundation
@testable import TUIApp

/// Drives a browser as a user would, for tests.
extension Browser {
    static func childJ(width: Int, height: Int, color: Bool = true) -> Browser {
        Browser(document: DocumentLoader.builtInDocument(), options: BrowserOptions(colorEnabled: color),
                width: width, height: height)
    }

    /// Sends keys written as a string: each character is a key, `⏎` Enter, `⌫` Backspace, `⎋` Esc, `⇥` Tab.
    @discardableResult
    mutating func type(_ keys: String) -> [Effect] {
        var effects: [Effect] = []
        for character in keys {
            let event: KeyEvent
            switch character {
            case "⏎": event = .enter
            case "⌫": event = .backspace
            case "⎋": event = .escape
            case "⇥": event = .tab
            default: event = .character(character)
            }
            effects += handle(event)
        }
        return effects
    }

    @discardableResult
    mutating func press(_ events: KeyEvent...) -> [Effect] {
        events.flatMap { handle($0) }
    }

    var screen: String { render().lines.joined(separator: "\n") }
}

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
