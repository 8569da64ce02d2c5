/// How keys are written in the help and the status line.
enum KeyNames {
    static func name(_ key: KeyEvent) -> String {
        switch key {
        case .character(" "): return "Space"
        case let .character(character): return String(character)
        case let .control(character): return "Ctrl-" + character.uppercased()
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .insert: return "Insert"
        case let .function(number): return "F\(number)"
        case .resize: return "resize"
        case .mouse: return "mouse"
        }
    }
}
