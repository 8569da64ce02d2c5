import Content
import TUICore

/// A paste into the note editor, as the terminal delivers one: a key at a time, a frame drawn every
/// `drawEvery` keys (the runtime takes keys already waiting before drawing, with a frame at least every
/// 256: `TerminalApp.keysBetweenFramesAtMost`; 1 is a frame per key, as when keys come one by one). Words of the field, one long line (the worst case: every key
/// lands on the line being wrapped).
enum NotePaste {
    static func text(characters: Int) -> String {
        let words = ["the", "partnership", "should", "seek", "assurance", "that", "missing", "episodes", "are", "recorded"]
        var text = ""
        var index = 0
        while text.count < characters {
            text += (text.isEmpty ? "" : " ") + words[index % words.count]
            index += 1
        }
        return String(text.prefix(characters))
    }

    /// Opens the editor on Child J's introduction at `width`×`height`, then types `text` into it.
    static func paste(_ text: String, width: Int, height: Int, drawEvery: Int) {
        var browser = Browser(document: DocumentLoader.builtInDocument(), noteIDs: NoteIDSource(seed: 0), width: width, height: height)
        _ = browser.draw()
        _ = browser.update(.input(.character("a")))
        _ = browser.draw()
        let count = text.count
        for (index, character) in text.enumerated() {
            _ = browser.update(.input(.character(character)))
            if (index + 1) % drawEvery == 0 || index == count - 1 { _ = browser.draw() }
        }
    }
}
