/// The escape sequences terminals send for keys and mouse reports, and the key each one means.
/// Modifiers (`ESC [ 1 ; 5 H`, Ctrl-Home) are read as the key itself: no key of ours needs them.
enum EscapeSequence {
    enum Parsed: Sendable, Hashable {
        /// A prefix of a sequence: wait for the rest.
        case incomplete
        case key(KeyEvent)
        /// A whole sequence that means no key of ours (or is not a key at all): drop it.
        case unknown
    }

    /// Reads `sequence`, which starts with Esc and holds at least one more character.
    static func parse(_ sequence: [Unicode.Scalar]) -> Parsed {
        guard sequence.count >= 2 else { return .incomplete }
        let body = Array(sequence.dropFirst(2))
        switch sequence[1] {
        case "[": return controlSequence(body)
        case "O": return singleShift(body)
        default: return .unknown  // Alt and a key
        }
    }

    // MARK: ESC [ …

    /// `ESC [` then parameters and a final character (`ESC [ 4 ~`, `ESC [ 1 ; 5 H`, `ESC [ < 0 ; 3 ; 4 M`),
    /// or one of the two with a shape of their own: the Linux console's `ESC [ [ A` (F1) and the X10
    /// mouse report `ESC [ M` with three characters after it.
    private static func controlSequence(_ body: [Unicode.Scalar]) -> Parsed {
        guard let first = body.first else { return .incomplete }
        if first == "[" {
            guard body.count >= 2 else { return .incomplete }
            return consoleFunctionKeys[body[1]].map(Parsed.key) ?? .unknown
        }
        if first == "M" {
            guard body.count >= 4 else { return .incomplete }
            let values = body[1...3].map { Int($0.value) - 32 }
            return mouse(button: values[0], column: values[1] - 1, row: values[2] - 1, released: false)
        }
        for (index, scalar) in body.enumerated() {
            switch scalar.value {
            case 0x30...0x3F, 0x20...0x23, 0x25...0x2F:
                continue  // parameters and intermediates
            case 0x24, 0x40...0x7E:
                // A final character; rxvt ends modified keys with `$` (Shift-Home is `ESC [ 7 $`).
                return controlKey(parameters: String(String.UnicodeScalarView(body[..<index])), final: scalar)
            default:
                return .unknown
            }
        }
        return .incomplete
    }

    private static func controlKey(parameters: String, final: Unicode.Scalar) -> Parsed {
        if parameters.hasPrefix("<") { return sgrMouse(parameters.dropFirst(), pressed: final == "M", final: final) }
        // Keys carry only digits and semicolons; anything else is a terminal's report, not a key.
        guard parameters.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ";") }) else { return .unknown }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let firstNumber = numbers.first ?? nil
        switch final {
        case "~", "$", "^", "@":
            return firstNumber.flatMap { tildeKeys[$0] }.map(Parsed.key) ?? .unknown
        default:
            // A letter key takes no number but the "1" that carries a modifier (`ESC [ 1 ; 5 A`).
            guard parameters.isEmpty || firstNumber == 1 else { return .unknown }
            return letterKeys[final].map(Parsed.key) ?? .unknown
        }
    }

    // MARK: ESC O …

    /// `ESC O` and a letter, after a modifier in some terminals (`ESC O 5 P`): the keys in the terminal's
    /// application mode, and the keypad's keys as PuTTY and rxvt send them.
    private static func singleShift(_ body: [Unicode.Scalar]) -> Parsed {
        for scalar in body {
            if ("0"..."9").contains(scalar) || scalar == ";" { continue }
            return (letterKeys[scalar] ?? keypadKeys[scalar]).map(Parsed.key) ?? .unknown
        }
        return .incomplete
    }

    // MARK: Mouse

    /// `ESC [ < button ; column ; row M` (a press) or `m` (a release), columns and rows from 1.
    private static func sgrMouse(_ parameters: Substring, pressed: Bool, final: Unicode.Scalar) -> Parsed {
        let numbers = parameters.split(separator: ";").compactMap { Int($0) }
        guard final == "M" || final == "m", numbers.count == 3 else { return .unknown }
        return mouse(button: numbers[0], column: numbers[1] - 1, row: numbers[2] - 1, released: !pressed)
    }

    /// A mouse report as a key event: a press of the first button, or the wheel; the rest (other buttons,
    /// releases, motion) mean nothing here.
    private static func mouse(button: Int, column: Int, row: Int, released: Bool) -> Parsed {
        let motion = 32, wheel = 64
        guard row >= 0, column >= 0, button >= 0, button & motion == 0, !released else { return .unknown }
        let kind: MouseEvent.Kind
        switch (button & wheel != 0, button & 3) {
        case (true, 0): kind = .wheelUp
        case (true, 1): kind = .wheelDown
        case (false, 0): kind = .press
        default: return .unknown  // another button, or X10's release (3)
        }
        return .key(.mouse(MouseEvent(kind: kind, row: row, column: column)))
    }

    // MARK: The tables

    /// The letter that ends `ESC [ …` or `ESC O …`; rxvt's lower-case letters are modified arrows.
    static let letterKeys: [Unicode.Scalar: KeyEvent] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "a": .up, "b": .down, "c": .right, "d": .left,
        "H": .home, "F": .end, "Z": .backTab, "M": .enter,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
    ]

    /// The number before `~` (`ESC [ 4 ~` is End): VT220, PuTTY, rxvt and tmux.
    static let tildeKeys: [Int: KeyEvent] = [
        1: .home, 7: .home, 2: .insert, 3: .delete, 4: .end, 8: .end, 5: .pageUp, 6: .pageDown,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]

    /// The Linux console's F1 to F5: `ESC [ [ A` to `ESC [ [ E`.
    static let consoleFunctionKeys: [Unicode.Scalar: KeyEvent] = [
        "A": .function(1), "B": .function(2), "C": .function(3), "D": .function(4), "E": .function(5),
    ]

    /// The numeric keypad in application mode: `ESC O p` is 0 … `ESC O y` is 9, then its signs.
    static let keypadKeys: [Unicode.Scalar: KeyEvent] = {
        var keys: [Unicode.Scalar: KeyEvent] = [:]
        for (letter, character) in zip("pqrstuvwxyjklmnoX".unicodeScalars, "0123456789*+,-./=") {
            keys[letter] = .character(character)
        }
        return keys
    }()
}
