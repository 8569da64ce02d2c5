import Foundation
import Testing
@testable import TUICore

/// The man page's hand-written KEYS section tells the truth: it names every key the keymap binds in
/// the browser and when presenting (the help overlay is generated from the keymap; the page cannot be).
@Suite struct ManPageKeysTests {
    @Test func everyBrowsingAndPresentingKeyIsInTheManPage() throws {
        let sections = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/man/casebook-sections.mdoc")
        let text = try String(contentsOf: sections, encoding: .utf8)
        let keys = text.components(separatedBy: ".Sh KEYS").dropFirst().first?.components(separatedBy: ".Sh ").first ?? ""
        // The key names as the page writes them: words of the .It lines, without mdoc's escapes and macros.
        let named = Set(keys.split(separator: "\n").filter { $0.hasPrefix(".It ") }.flatMap { line in
            line.replacingOccurrences(of: "\\&", with: "").split { $0 == " " || $0 == "," }.map(String.init)
        })
        #expect(named.contains("Shift-Tab"))
        for binding in Keymap.bindings where binding.action != nil
            && !binding.modes.isDisjoint(with: [.browse, .presenting]) {
            for key in binding.keys {
                let name = KeyNames.name(key)
                #expect(named.contains(name), "the man page's KEYS lacks \(name): \(binding.help)")
            }
        }
    }
}
