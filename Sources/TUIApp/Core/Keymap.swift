/// The help overlay's groups, in the order it shows them.
enum KeyGroup: String, Sendable, CaseIterable {
    case moving = "Moving"
    case reading = "Reading"
    case goingPlaces = "Going places"
    case panes = "Panes and outline"
    case search = "Search and filter"
    case other = "Other"
    case help = "In this help"
    case prompt = "At the : prompt"
    case queryPrompt = "At the / and & prompts"
    case picker = "In the facet picker"
    case queryLanguage = "Query language (/ and &)"
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

            b([c("/")], .search(.forward), .search, "Search the whole document; matches light up as you type"),
            b([c("n")], .search(.nextMatch), .search, "Next match (wraps at the end)"),
            b([c("N")], .search(.previousMatch), .search, "Previous match"),
            b([c("f"), c("&")], .search(.filter), .search, "Filter: show only the recommendations that match"),
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

            b([], nil, .prompt, "Type an id: 7, 5b, R3 (or \"intro\")", modes: [], label: "0-9 a-z"),
            b([.enter], .promptSubmit, .prompt, "Go there; at / and &, keep the result", modes: [.prompt]),
            b([.backspace, .delete], .promptDeleteBackward, .prompt, "Delete the last character", modes: [.prompt]),
            b([.escape], .promptCancel, .prompt, "Cancel, and put everything back as it was", modes: [.prompt]),

            b([.up], .promptOlder, .queryPrompt, "Recall an earlier query", modes: [.prompt]),
            b([.down], .promptNewer, .queryPrompt, "Recall a later query", modes: [.prompt]),
            b([.tab], .openPicker, .queryPrompt, "At &: pick a facet (section, where the words are)", modes: [.prompt]),

            b([c("j"), .down], .pickerDown, .picker, "Next facet", modes: [.picker]),
            b([c("k"), .up], .pickerUp, .picker, "Previous facet", modes: [.picker]),
            b([.enter, .tab], .pickerChoose, .picker, "Add the facet to the filter", modes: [.picker]),
            b([.escape, c("q")], .pickerCancel, .picker, "Back to the prompt", modes: [.picker]),

            b([], nil, .queryLanguage, "Every word must occur in the same recommendation", modes: [], label: "two words"),
            b([], nil, .queryLanguage, "Exactly this phrase (across line and page breaks)", modes: [], label: "\"a phrase\""),
            b([], nil, .queryLanguage, "Leave out items that contain the word", modes: [], label: "-word"),
            b([], nil, .queryLanguage, "Words that start with these letters", modes: [], label: "word*"),
            b([], nil, .queryLanguage, "Lower case ignores case; a capital makes that word exact", modes: [], label: "Case"),
            b([], nil, .queryLanguage, "Accents, curly quotes and apostrophes match plain ones", modes: [], label: "café = cafe"),
            b([], nil, .queryLanguage, "Facets: section:generic  id:5b  in:recommendation  in:response", modes: [], label: "key:value"),
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
