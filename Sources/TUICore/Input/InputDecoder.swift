/// Turns what the terminal sends, one character at a time, into key events, whatever escape
/// sequences the terminal uses for its keys (xterm, PuTTY, rxvt, the Linux console, tmux under any
/// TERM). Terminfo describes one terminal's keys; a user's terminal often sends others (tmux sends
/// `ESC [ 4 ~` for End where TERM=xterm-256color says `ESC O F`), so the runtime reads raw characters
/// and this decodes them all.
///
/// A sequence is taken whole: one the table does not know (Alt and a letter included: no key of
/// ours uses Alt) is dropped, never read as Esc and letters.
/// A lone Esc is the Esc key once nothing follows it in time (`timeOut()`); a sequence split across
/// reads waits for its rest.
public struct InputDecoder: Sendable, Hashable {
    /// The characters of the sequence being read, from its Esc.
    private var pending: [Unicode.Scalar] = []

    /// A sequence longer than this is not a key: it is dropped rather than waited on forever.
    static let longestSequence = 32

    public init() {}

    /// Whether part of a sequence is waiting for its rest; the runtime then waits only briefly
    /// for more input and calls `timeOut()` when none comes.
    public var isWaiting: Bool { !pending.isEmpty }

    /// Takes one character read from the terminal; returns the keys it completes (often none or one).
    public mutating func feed(_ scalar: Unicode.Scalar) -> [KeyEvent] {
        guard !pending.isEmpty else {
            if scalar == Self.escape { pending = [scalar]; return [] }
            return Self.plainKey(scalar).map { [$0] } ?? []
        }
        if scalar == Self.escape {
            // Esc Esc is the Esc key, then perhaps a sequence; Esc inside a sequence cuts it off unfinished.
            let lone = pending == [Self.escape]
            pending = [scalar]
            return lone ? [.escape] : []
        }
        pending.append(scalar)
        switch EscapeSequence.parse(pending) {
        case .incomplete:
            if pending.count >= Self.longestSequence { pending = [] }
            return []
        case let .key(key):
            pending = []
            return [key]
        case .unknown:
            pending = []
            return []
        }
    }

    /// Nothing more came in time: a lone Esc is the Esc key; an unfinished sequence is dropped.
    public mutating func timeOut() -> [KeyEvent] {
        defer { pending = [] }
        return pending == [Self.escape] ? [.escape] : []
    }

    static let escape: Unicode.Scalar = "\u{1B}"

    /// A character that is a key by itself: Enter, Tab, Backspace, Ctrl-letter or text.
    static func plainKey(_ scalar: Unicode.Scalar) -> KeyEvent? {
        switch scalar.value {
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(scalar.value) + 96)))
        case 0..<32, 0x80..<0xA0: return nil  // other controls, C1 controls: no key of ours
        default: return .character(Character(scalar))
        }
    }
}
