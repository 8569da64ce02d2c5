import Learning
/// The help overlay's groups, in the order it shows them.
enum KeyGroup: String, Sendable, CaseIterable {
    case moving = "Moving"
    case reading = "Reading"
    case goingPlaces = "Going places"
    case panes = "Panes and outline"
    case search = "Search and filter"
    case notes = "Notes and marks"
    case presenting = "Presenting"
    case learning = "Learning: glossary, commitments, evidence"
    case signs = "Signs in the outline"
    case library = "In the library"
    case other = "Other"
    case help = "In this help"
    case prompt = "At the : / and & prompts"
    case queryPrompt = "At the / and & prompts"
    case picker = "In the facet picker"
    case editor = "In the note editor"
    case notesList = "In the notes list"
    case list = "In a learning list"
    case quitUnsaved = "When notes could not be saved (q asks)"
    case notesOffer = "When notes of a document somewhat alike are offered"
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
        /// The keys of the six generic moves, the same wherever a list or text scrolls; only the help differs.
        func moves(in mode: InputMode, _ group: KeyGroup, _ help: [String]) -> [KeyBinding] {
            let keys: [([KeyEvent], Move)] = [([c("j"), .down], .down), ([c("k"), .up], .up), ([c(" "), .pageDown], .pageDown),
                                              ([c("b"), .pageUp], .pageUp), ([c("g"), .home], .top), ([c("G"), .end], .bottom)]
            return zip(keys, help).map { key, help in b(key.0, .move(key.1), group, help, modes: [mode]) }
        }
        return [
            b([c("j"), .down], .move(.down), .moving, "Next item in the outline; scroll the reader down a line"),
            b([c("k"), .up], .move(.up), .moving, "Previous item in the outline; scroll the reader up a line"),
            b([c("g"), .home], .move(.top), .moving, "First item, or the top of the text"),
            b([c("G"), .end], .move(.bottom), .moving, "Last item, or the end of the text"),

            b([c(" "), .pageDown], .move(.pageDown), .reading, "Page the reader down (from either pane)"),
            b([c("b"), .pageUp], .move(.pageUp), .reading, "Page the reader up (from either pane)"),
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
            b([c("u")], .search(.clearSearch), .search, "Clear the search: no highlights, no counts (so does Esc at an empty /)"),

            b([c("a")], .note(.edit), .notes, "Add or edit a note on the selected item (when presenting: the room's answer)",
              modes: [.browse, .presenting]),
            b([c("m")], .note(.toggleMark), .notes, "Mark or unmark the item for the session plan", modes: [.browse, .presenting]),
            b([c("A"), c("M")], .note(.openList), .notes, "List all notes and marks; Enter goes to the item"),

            b([c("p")], .present(.start), .presenting, "Present the session plan (saved by present --save-plan), else the marked items, else all"),
            b([c(" "), .pageDown], .present(.reveal), .presenting, "Reveal the next part, response paragraph, question",
              modes: [.presenting]),
            b([.backspace, .pageUp], .present(.unreveal), .presenting, "Step back", modes: [.presenting]),
            b([.right, c("n")], .present(.next), .presenting, "Next recommendation", modes: [.presenting]),
            b([.left, c("p")], .present(.previous), .presenting, "Previous recommendation", modes: [.presenting]),
            b([.enter], .present(.jump), .presenting, "After digits: go to that recommendation", modes: [.presenting]),
            b([], nil, .presenting, "Type a recommendation's number, then Enter", modes: [], label: "0-9"),
            b([c("j"), .down], .move(.down), .presenting, "See more below, when a screen is full", modes: [.presenting]),
            b([c("k"), .up], .move(.up), .presenting, "See more above", modes: [.presenting]),
            b([c("c")], .present(.toggleClock), .presenting, "Show or hide the session clock", modes: [.presenting]),
            b([c("b")], .present(.blank), .presenting, "Blank the screen; any key brings it back", modes: [.presenting]),
            b([c("q"), .escape], .present(.stop), .presenting,
              "Back to the browser at this recommendation, or to the library when presenting from it (casebook present: quit)",
              modes: [.presenting]),

            b([c("L")], .library(.show), .goingPlaces, "Back to the library, as you left it (opened from one)"),

            b([c("?"), .function(1)], .showHelp, .other, "This help", modes: [.browse, .presenting, .library]),
            b([c("x")], .openList(.acronymsHere), .learning, "Explain the acronyms in this item"),
            b([c("X")], .openList(.glossary), .learning, "Glossary: every acronym, its expansion and where it occurs"),
            b([c("C")], .openList(.commitments), .learning, "Still to do: every commitment, its owner and when it is due (with a filter: of the recommendations kept)"),
            b([c("e")], .openList(.evidence), .learning, "Why: the words behind this recommendation's status, themes and agencies"),
        ] + moves(in: .library, .library, ["Next review (or match)", "Previous review (or match)", "Page down", "Page up",
                                            "First review", "Last review"]) + [
            b([.enter], .choose, .library, "Open the review; in search results, open it at the match", modes: [.library]),
            b([c("f"), c("&")], .search(.filter), .library,
              "Filter the reviews as you type: title words, org:leeds, year:2019..2022, status:planned", modes: [.library]),
            b([c("F")], .search(.clearFilter), .library, "Clear the filter", modes: [.library]),
            b([c("/")], .search(.forward), .library, "Search every review as you type; matches grouped by review",
              modes: [.library]),
            b([c("u"), .escape], .search(.clearSearch), .library, "Leave the search results for the list of reviews",
              modes: [.library]),
            b([c("C")], .openList(.commitments), .library,
              "Still to do across the reviews the filter keeps: every commitment, its review, owner and due date", modes: [.library]),
            b([c("m")], .note(.toggleMark), .library,
              "In search results: mark or unmark the match's recommendation for the session, in its review", modes: [.library]),
            b([c("M")], .note(.openList), .library,
              "The session plan across reviews: every recommendation marked (m) in the reviews the filter keeps", modes: [.library]),
            b([c("p")], .present(.start), .library,
              "Present the session across the reviews the filter keeps: their marked recommendations, review by review",
              modes: [.library]),
            b([c("t")], .library(.matrix(.themes)), .library,
              "Themes × reviews the filter keeps: how many recommendations carry each theme", modes: [.library]),
            b([c("a")], .library(.matrix(.agencies)), .library,
              "Agencies × reviews the filter keeps: how many recommendations are addressed to each", modes: [.library]),
            b([c("s")], .library(.cycleSort), .library, "Sort by title, then year (newest first), then organisation",
              modes: [.library]),
        ] + moves(in: .matrix, .library, ["In the matrix: next row", "Previous row", "Page down", "Page up", "First row", "Last row"]) + [
            b([c("h"), .left], .library(.column(-1)), .library, "In the matrix: the review to the left", modes: [.matrix]),
            b([c("l"), .right], .library(.column(1)), .library, "In the matrix: the review to the right", modes: [.matrix]),
            b([.enter], .choose, .library, "In the matrix: list the cell's recommendations (Enter opens one)", modes: [.matrix]),
            b([.escape, c("q")], .close, .library, "In the matrix: back to the list of reviews", modes: [.matrix]),
        ] + OutlineLegend.signs.map { sign in
            b([], nil, .signs, sign.meaning, modes: [], label: sign.sign)
        } + [

            b([.escape], .cancel, .other, "Clear the message"),
            b([.control("l")], .redraw, .other, "Redraw the screen",
              modes: [.browse, .help, .prompt, .presenting, .editor, .notesList, .library]),
            b([c("q")], .quit, .other, "Quit", modes: [.browse, .library]),
            // SIGINT reaches the core as this key; where it cancels nothing, casebook ends as by a signal.
            b([.control("c")], .interrupt, .other, "End casebook at once (a note being typed is kept as a draft)",
              modes: [.browse, .help, .notesList, .list, .presenting, .blank, .quitUnsaved, .notesFileName, .replaceNotesFile,
                      .notesOffer, .library,
                      .matrix]),
            b([], nil, .other, "Wheel scrolls the pane under the pointer; click selects", label: "Mouse"),

        ] + moves(in: .help, .help, ["Scroll down", "Scroll up", "Page down", "Page up", "Top", "Bottom"]) + [
            b([.escape, c("q"), c("?"), .function(1)], .close, .help, "Close the help", modes: [.help]),

            b([], nil, .prompt, "At :, an id: 7, 5b, R3 (or \"intro\"); at / and &, a query", modes: [], label: "typing"),
            b([.enter], .promptSubmit, .prompt, "Go there; at / and &, keep the query as typed", modes: [.prompt]),
            b([.escape, .control("c")], .promptCancel, .prompt, "Cancel, and put everything back as it was", modes: [.prompt]),
            b([.left], .promptEdit(.left), .prompt, "Cursor left", modes: [.prompt]),
            b([.right], .promptEdit(.right), .prompt, "Cursor right", modes: [.prompt]),
            b([.home, .control("a")], .promptEdit(.home), .prompt, "Start of the line", modes: [.prompt]),
            b([.end, .control("e")], .promptEdit(.end), .prompt, "End of the line", modes: [.prompt]),
            b([.backspace], .promptEdit(.deleteBackward), .prompt, "Delete before the cursor; on an empty prompt, close it",
              modes: [.prompt]),
            b([.delete], .promptEdit(.deleteForward), .prompt, "Delete under the cursor", modes: [.prompt]),
            b([.control("u")], .promptEdit(.deleteToStart), .prompt, "Delete to the start of the line", modes: [.prompt]),
            b([.control("w")], .promptEdit(.deleteWordBackward), .prompt, "Delete the word before the cursor", modes: [.prompt]),
            b([.control("k")], .promptEdit(.deleteToEnd), .prompt, "Delete to the end of the line", modes: [.prompt]),
            b([.up], .move(.up), .prompt, "Recall an earlier entry (each prompt keeps its own)", modes: [.prompt]),
            b([.down], .move(.down), .prompt, "Recall a later entry", modes: [.prompt]),

            b([], nil, .queryPrompt, "The word being typed matches as a prefix from its second letter; Enter keeps the query as typed",
              modes: [], label: "typing"),
            b([], nil, .queryPrompt, "Esc at an empty / prompt clears the search, as u does", modes: [], label: "Esc"),
            b([.tab], .openPicker, .queryPrompt, "At &: pick a facet (status, theme, agency, section…)", modes: [.prompt]),

            b([], nil, .picker, "Narrow the facets to those containing the words typed", modes: [], label: "typing"),
            b([.down], .move(.down), .picker, "Next facet", modes: [.picker]),
            b([.up], .move(.up), .picker, "Previous facet", modes: [.picker]),
            b([.pageDown], .move(.pageDown), .picker, "Page down", modes: [.picker]),
            b([.pageUp], .move(.pageUp), .picker, "Page up", modes: [.picker]),
            b([.backspace], .promptEdit(.deleteBackward), .picker, "Delete a letter typed to narrow", modes: [.picker]),
            b([.enter, .tab], .choose, .picker, "Add the facet to the filter", modes: [.picker]),
            b([.escape, .control("c")], .close, .picker, "Back to the prompt", modes: [.picker]),

            b([], nil, .editor, "Type the note; Enter starts a new line", modes: [], label: "typing"),
            b([.control("s")], .edit(.save), .editor, "Save the note (an emptied note is deleted)", modes: [.editor]),
            b([.escape, .control("c")], .edit(.cancel), .editor, "Close; asks before discarding changes", modes: [.editor]),
            b([.enter], .edit(.newline), .editor, "New line", modes: [.editor]),
            b([.left], .edit(.left), .editor, "Cursor left", modes: [.editor]),
            b([.right], .edit(.right), .editor, "Cursor right", modes: [.editor]),
            b([.up], .move(.up), .editor, "Row above (also within a wrapped line)", modes: [.editor]),
            b([.down], .move(.down), .editor, "Row below (also within a wrapped line)", modes: [.editor]),
            b([.home], .edit(.home), .editor, "Start of the line", modes: [.editor]),
            b([.end], .edit(.end), .editor, "End of the line", modes: [.editor]),
            b([.backspace], .edit(.deleteBackward), .editor, "Delete before the cursor (joins lines)", modes: [.editor]),
            b([.delete], .edit(.deleteForward), .editor, "Delete under the cursor", modes: [.editor]),
            b([c("y"), c("Y")], .edit(.confirmDiscard), .editor, "At \"Discard changes?\": discard", modes: [.confirmDiscard]),
            b([c("n"), c("N"), .escape, .control("c")], .edit(.keepEditing), .editor,
              "At \"Discard changes?\": keep editing", modes: [.confirmDiscard]),
            b([.enter], .edit(.restoreDraft), .editor, "At \"A draft … was kept\": bring its text back",
              modes: [.draftOffer]),
            b([c("d")], .edit(.discardDraft), .editor, "At \"A draft … was kept\": discard it, edit the saved note",
              modes: [.draftOffer]),
            b([.escape, .control("c")], .edit(.cancel), .editor, "At \"A draft … was kept\": close, keep the draft",
              modes: [.draftOffer]),

            b([c("w")], .quitQuestion(.writeToFile), .quitUnsaved, "Write the notes to a file you name, then quit",
              modes: [.quitUnsaved]),
            b([c("q"), c("y")], .quitQuestion(.quitAnyway), .quitUnsaved, "Quit without the unsaved notes",
              modes: [.quitUnsaved]),
            b([c("n"), .escape], .quitQuestion(.stay), .quitUnsaved, "Stay in casebook", modes: [.quitUnsaved]),
            b([.enter], .quitQuestion(.submitFileName), .quitUnsaved, "At the file name: write the notes there",
              modes: [.notesFileName]),
            b([.backspace], .quitQuestion(.deleteBackward), .quitUnsaved, "At the file name: delete the last character",
              modes: [.notesFileName]),
            b([.escape], .quitQuestion(.cancelFileName), .quitUnsaved, "At the file name: back to the question",
              modes: [.notesFileName]),
            b([c("y"), c("Y")], .quitQuestion(.replaceFile), .quitUnsaved, "At \"… exists. Replace it?\": write the notes over it",
              modes: [.replaceNotesFile]),
            b([c("n"), c("N"), .escape], .quitQuestion(.keepFile), .quitUnsaved,
              "At \"… exists. Replace it?\": keep that file, change the name", modes: [.replaceNotesFile]),

            b([c("y"), c("Y")], .notesOffer(.accept), .notesOffer, "Use them here (copied to this document's notes)",
              modes: [.notesOffer]),
            b([c("n"), c("N")], .notesOffer(.refuse), .notesOffer, "Start empty here, and do not ask again",
              modes: [.notesOffer]),
            b([.escape], .notesOffer(.later), .notesOffer, "Not now: ask again next time", modes: [.notesOffer]),

            b([c("j"), .down], .move(.down), .notesList, "Next entry", modes: [.notesList]),
            b([c("k"), .up], .move(.up), .notesList, "Previous entry", modes: [.notesList]),
            b([.enter], .choose, .notesList, "Go to the item", modes: [.notesList]),
            b([c("a")], .note(.listEdit), .notesList, "Edit the note (emptying it deletes it)", modes: [.notesList]),
            b([.escape, c("q"), c("A"), c("M")], .close, .notesList, "Close the list", modes: [.notesList]),
        ] + moves(in: .list, .list, ["Next row", "Previous row", "Page down", "Page up", "First row", "Last row"]) + [
            b([.enter], .choose, .list, "Go there and light up the words", modes: [.list]),
            b([.escape, c("q")], .close, .list, "Close the list", modes: [.list]),

            b([], nil, .queryLanguage, "Every word must occur in the same recommendation", modes: [], label: "two words"),
            b([], nil, .queryLanguage, "Exactly this phrase (across line and page breaks)", modes: [], label: "\"a phrase\""),
            b([], nil, .queryLanguage, "Leave out items that contain the word", modes: [], label: "-word"),
            b([], nil, .queryLanguage, "Words that start with these letters", modes: [], label: "word*"),
            b([], nil, .queryLanguage, "Lower case ignores case; a capital makes that word exact", modes: [], label: "Case"),
            b([], nil, .queryLanguage, "Accents, curly quotes and apostrophes match plain ones", modes: [], label: "café = cafe"),
            b([], nil, .queryLanguage, "Facets: section:generic  id:5b  in:recommendation  in:response", modes: [], label: "key:value"),
            b([], nil, .queryLanguage, "Learning facets: theme:missing  agency:police  status:planned  has:commitment", modes: [], label: "key:value"),
            b([], nil, .queryLanguage, "Values of one facet are alternatives (OR); different facets must all hold (AND)",
              modes: [], label: "OR / AND"),
            b([], nil, .queryLanguage, "A word of a script without spaces matches inside longer runs of text", modes: [], label: "CJK, Thai"),
        ]
    }()

    /// The action a key asks for in a mode; typing at the prompt inserts what the table does not claim.
    static func action(for key: KeyEvent, in mode: InputMode) -> BrowserAction? {
        if let binding = bindings.first(where: { $0.modes.contains(mode) && $0.keys.contains(key) }) {
            return binding.action
        }
        switch (mode, key) {
        case (.blank, _):
            return .present(.unblank)
        case let (.presenting, .character(character)) where character.isASCII && character.isNumber:
            return .present(.digit(character))
        case let (.prompt, .character(character)) where isTypeable(character),
             let (.picker, .character(character)) where isTypeable(character):
            return .promptInsert(character)
        case let (.editor, .character(character)) where isTypeable(character):
            return .edit(.insert(character))
        case let (.notesFileName, .character(character)) where isTypeable(character):
            return .quitQuestion(.type(character))
        default:
            return nil
        }
    }

    private static func isTypeable(_ character: Character) -> Bool {
        !character.isNewline && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Bindings grouped for the help overlay, in table order.
    static var grouped: [(group: KeyGroup, bindings: [KeyBinding])] {
        KeyGroup.allCases.compactMap { group in
            let members = bindings.filter { $0.group == group }
            return members.isEmpty ? nil : (group, members)
        }
    }
}
