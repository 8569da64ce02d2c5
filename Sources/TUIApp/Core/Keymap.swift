/// The help overlay's groups, in the order it shows them.
enum KeyGroup: String, Sendable, CaseIterable {
    case moving = "Moving"
    case reading = "Reading"
    case goingPlaces = "Going places"
    case panes = "Panes and outline"
    case search = "Search (arrives in a later version)"
    case other = "Other"
    case help = "In this help"
    case prompt = "At the : prompt"
}

/// One entry of the keymap: keys, what they do, and how the help overlay describes them.
struct KeyBinding: Sendable {
    var keys: [KeyEvent]
    /// nil for entries that only describe (typing at the prompt, the mouse).
    var action: BrowserAction?
    var modes: Set<InputMode>
    var group: KeyGroup
    var help: String
    /// Shown instead of the key names when the keys cannot be listed one by one.
    var label: String?

    var keyLabel: String { label ?? keys.map(KeyNames.name).joined(separator: " ") }
}

/// The one keymap: it dispatches keys and generates the help overlay, so the two cannot disagree.
enum Keymap {
    static let bindings: [KeyBinding] = {
        let browse: Set<InputMode> = [.browse]
        func b(_ keys: [KeyEvent], _ action: BrowserAction?, _ group: KeyGroup, _ help: String,
               modes: Set<InputMode> = browse, label: String? = nil) -> KeyBinding {
            KeyBinding(keys: keys, action: action, modes: modes, group: group, help: help, label: label)
        }
        let c = KeyEvent.character
        return [
            b([c("j"), .down], .moveDown, .moving, "Next item in the outline; scroll the reader down a line"),
            b([c("k"), .up], .moveUp, .moving, "Previous item in the outline; scroll the reader up a line"),
            b([c("g"), .home], .moveToFirst, .moving, "First item, or the top of the text"),
            b([c("G"), .end], .moveToLast, .moving, "Last item, or the end of the text"),

            b([c(" "), .pageDown], .pageDown, .reading, "Page the reader down (from either pane)"),
            b([c("b"), .pageUp], .pageUp, .reading, "Page the reader up (from either pane)"),
            b([c("]")], .nextRecommendation, .reading, "Next recommendation"),
            b([c("[")], .previousRecommendation, .reading, "Previous recommendation"),

            b([c(":")], .openPrompt, .goingPlaces, "Go to a recommendation or part: 7, 5b, R3"),
            b([.backspace], .goBack, .goingPlaces, "Go back to the place before (after : ] [)"),

            b([.tab], .switchPane, .panes, "Switch between outline and reader"),
            b([.backTab], .switchPaneBackward, .panes, "Switch pane the other way"),
            b([.enter], .open, .panes, "Open: unfold the parts, then read the item"),
            b([c("l"), .right], .unfold, .panes, "Unfold a recommendation's parts, or read the item"),
            b([c("h"), .left], .fold, .panes, "Fold parts; from a part, go to its recommendation; from the reader, back to the outline"),

            b([c("/")], .search(.forward), .search, "Search the text"),
            b([c("n")], .search(.nextMatch), .search, "Next match"),
            b([c("N")], .search(.previousMatch), .search, "Previous match"),
            b([c("&")], .search(.filter), .search, "Show only items that match"),
            b([c("f")], .search(.chooseFilter), .search, "Filter by agency or theme"),
            b([c("F")], .search(.clearFilter), .search, "Clear the filter"),

            b([c("?"), .function(1)], .showHelp, .other, "This help"),
            b([.escape], .cancel, .other, "Clear the message"),
            b([.control("l")], .redraw, .other, "Redraw the screen", modes: [.browse, .help, .prompt]),
            b([c("q")], .quit, .other, "Quit"),
            b([], nil, .other, "Wheel scrolls the pane under the pointer; click selects", label: "Mouse"),

            b([c("j"), .down], .helpScrollDown, .help, "Scroll down", modes: [.help]),
            b([c("k"), .up], .helpScrollUp, .help, "Scroll up", modes: [.help]),
            b([c(" "), .pageDown], .helpPageDown, .help, "Page down", modes: [.help]),
            b([c("b"), .pageUp], .helpPageUp, .help, "Page up", modes: [.help]),
            b([c("g"), .home], .helpTop, .help, "Top", modes: [.help]),
            b([c("G"), .end], .helpBottom, .help, "Bottom", modes: [.help]),
            b([.escape, c("q"), c("?"), .function(1)], .closeHelp, .help, "Close the help", modes: [.help]),

            b([], nil, .prompt, "Type an id: 7, 5b, R3 (or \"intro\")", modes: [.prompt], label: "0-9 a-z"),
            b([.enter], .promptSubmit, .prompt, "Go there", modes: [.prompt]),
            b([.backspace, .delete], .promptDeleteBackward, .prompt, "Delete the last character", modes: [.prompt]),
            b([.escape], .promptCancel, .prompt, "Cancel", modes: [.prompt]),
        ]
    }()

    /// The action a key asks for in a mode; typing at the prompt inserts what the table does not claim.
    static func action(for key: KeyEvent, in mode: InputMode) -> BrowserAction? {
        if let binding = bindings.first(where: { $0.modes.contains(mode) && $0.keys.contains(key) }) {
            return binding.action
        }
        if mode == .prompt, case let .character(character) = key, !character.isNewline,
           !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .promptInsert(character)
        }
        return nil
    }

    /// Bindings grouped for the help overlay, in table order.
    static var grouped: [(group: KeyGroup, bindings: [KeyBinding])] {
        KeyGroup.allCases.compactMap { group in
            let members = bindings.filter { $0.group == group }
            return members.isEmpty ? nil : (group, members)
        }
    }
}
