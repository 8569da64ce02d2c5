import Content
import Foundation
import TUICore

/// Drives a browser as a user would, for tests.
extension Browser {
    /// A browser whose new notes take ids from a fixed seed, so tests see the same ids on every run.
    public init(document: ReviewDocument, options: BrowserOptions = BrowserOptions(), notes: DocumentNotes? = nil,
                width: Int, height: Int) {
        self.init(document: document, options: options, notes: notes, noteIDs: NoteIDSource(seed: 0),
                  width: width, height: height)
    }

    public static func childJ(width: Int, height: Int, color: Bool = true) -> Browser {
        Browser(document: DocumentLoader.builtInDocument(), options: BrowserOptions(colorEnabled: color),
                width: width, height: height)
    }

    /// Sends keys written as a string: each character is a key, `⏎` Enter, `⌫` Backspace, `⎋` Esc, `⇥` Tab.
    @discardableResult
    public mutating func type(_ keys: String) -> [Effect] {
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
            effects += send(event)
        }
        return effects
    }

    @discardableResult
    public mutating func press(_ events: KeyEvent...) -> [Effect] {
        events.flatMap { send($0) }
    }

    /// One input, then a frame drawn, as the runtime does: the overlays settle their scroll positions.
    private mutating func send(_ event: KeyEvent) -> [Effect] {
        let effects = update(.input(event))
        _ = draw()
        return effects
    }

    /// A tick `seconds` into the session clock (the wall clock as many seconds after 1970).
    @discardableResult
    public mutating func tick(seconds: Double) -> [Effect] {
        update(.tick(Moment(seconds: seconds, date: Date(timeIntervalSince1970: seconds))))
    }

    public var screen: String { render().lines.joined(separator: "\n") }
}


/// The outline's row for an id ("1", "3a"): the text before the separator, whatever the columns
/// before the label (selection, fold and status markers) hold.
public func outlineRow(_ lines: [String], _ id: String) -> String? {
    lines.lazy.compactMap { $0.split(separator: "│", maxSplits: 1).first.map(String.init) }.first { row in
        let words = row.split(separator: " ").filter { !["", ">", "▸", "▾", "✓", "◐", "○"].contains(String($0)) }
        return words.first.map(String.init) == id
    }
}
