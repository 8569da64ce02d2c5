import Testing
@testable import TUICore
import TUITestSupport

/// Every prompt edits as readline does and keeps its own history for the session.
@Suite struct PromptEditingTests {
    @Test func theLineEditorMovesAndDeletesAsReadlineDoes() {
        var line = LineEditor("seek assurance from")
        line.apply(.deleteWordBackward)
        #expect(line.text == "seek assurance " && line.cursor == 15)
        line.apply(.deleteWordBackward)
        #expect(line.text == "seek ")
        line.apply(.home)
        line.insert("x")
        #expect(line.text == "xseek " && line.cursor == 1)
        line.apply(.deleteForward)
        #expect(line.text == "xeek ")
        line.apply(.deleteToEnd)
        #expect(line.text == "x")
        line.apply(.end)
        line.insert("y")
        line.apply(.left)
        line.apply(.deleteToStart)
        #expect(line.text == "y" && line.cursor == 0)
        line.apply(.left)
        line.apply(.deleteBackward)
        #expect(line.text == "y" && line.cursor == 0)
        line.apply(.right)
        line.apply(.right)
        #expect(line.cursor == 1)
    }

    @Test func keysEditInTheMiddleOfAQueryAndTheSearchFollows() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/army exclusion")
        browser.press(.control("a"), .right, .right, .right, .right, .delete)
        #expect(browser.state.prompt?.text == "armyexclusion")
        browser.press(.control("e"), .control("w"))
        #expect(browser.state.prompt?.text == "")
        browser.type("army exclusion")
        browser.press(.home, .end, .left, .left, .left, .left, .left, .left, .left, .left, .left, .control("k"))
        #expect(browser.state.prompt?.text == "army ")
        #expect(browser.state.search?.result.matchCount == 1)
        browser.press(.control("u"))
        #expect(browser.state.prompt?.text == "")
        // The cursor is drawn where the next character goes.
        browser.type("army")
        browser.press(.left, .left)
        #expect(browser.render().cursor?.column == 3)
    }

    @Test func eachPromptKeepsItsOwnHistoryAndUpKeepsWhatWasBeingTyped() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/army⏎:7⏎&exclusion⏎:5b⏎/foster⏎")
        browser.type(":")
        browser.press(.up)
        #expect(browser.state.prompt?.text == "5b")
        browser.press(.up)
        #expect(browser.state.prompt?.text == "7")
        browser.type("⎋/fos")
        browser.press(.up)
        #expect(browser.state.prompt?.text == "foster")
        browser.press(.up)
        #expect(browser.state.prompt?.text == "army")
        browser.press(.up)
        #expect(browser.state.prompt?.text == "army")
        browser.press(.down, .down)
        #expect(browser.state.prompt?.text == "fos")
        browser.type("⎋f")
        browser.press(.up)
        #expect(browser.state.prompt?.text == "exclusion")
    }

    @Test func theHelpListsThePromptKeys() {
        let labels = Keymap.bindings.filter { $0.modes.contains(.prompt) }.map(\.keyLabel)
        for key in ["Left", "Right", "Home Ctrl-A", "End Ctrl-E", "Ctrl-U", "Ctrl-W", "Ctrl-K", "Delete", "Backspace", "Up", "Down"] {
            #expect(labels.contains(key), "\(key)")
        }
    }
}
