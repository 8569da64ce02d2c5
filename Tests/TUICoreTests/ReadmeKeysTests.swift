import Foundation
import Testing
@testable import TUICore
import TUITestSupport

/// The README's Keys section tells the truth: every browsing key in the keymap is in it.
@Suite struct ReadmeKeysTests {
    @Test func everyBrowsingKeyIsInTheReadme() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let keys = text.components(separatedBy: "## Keys").dropFirst().first ?? ""
        for binding in Keymap.bindings where binding.action != nil && binding.modes.contains(.browse) {
            guard case let .character(character)? = binding.keys.first(where: {
                if case .character = $0 { return true } else { return false }
            }) else { continue }
            let shown = character == " " ? "Space" : "`\(character)`"
            #expect(keys.contains(shown), "README Keys lacks \(shown): \(binding.help)")
        }
    }
}
