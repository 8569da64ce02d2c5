/// One input from the terminal, already decoded by the backend.
public enum KeyEvent: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, lower case: `.control("l")` is Ctrl-L.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape, insert
    case function(Int)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var row: Int
    public var column: Int

    public init(kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}
