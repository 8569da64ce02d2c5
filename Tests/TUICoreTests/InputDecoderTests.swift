import Testing
import TUICore

/// The keys whatever the terminal sends: xterm, PuTTY, rxvt, the Linux console and tmux under any TERM.
@Suite struct InputDecoderTests {
    /// Feeds `input` in one read, then lets the wait for more run out.
    private func decode(_ input: String) -> [KeyEvent] {
        var decoder = InputDecoder()
        let keys = input.unicodeScalars.flatMap { decoder.feed($0) }
        return keys + decoder.timeOut()
    }

    private static let table: [(sequence: String, key: KeyEvent, sentBy: String)] = [
        ("\u{1B}[1~", .home, "PuTTY, tmux"), ("\u{1B}[7~", .home, "rxvt"), ("\u{1B}[H", .home, "xterm"),
        ("\u{1B}OH", .home, "xterm application mode"), ("\u{1B}[1;5H", .home, "xterm Ctrl-Home"),
        ("\u{1B}[4~", .end, "PuTTY, tmux"), ("\u{1B}[8~", .end, "rxvt"), ("\u{1B}[F", .end, "xterm"),
        ("\u{1B}OF", .end, "xterm application mode"), ("\u{1B}[1;2F", .end, "xterm Shift-End"),
        ("\u{1B}[8$", .end, "rxvt Shift-End"), ("\u{1B}[7^", .home, "rxvt Ctrl-Home"),
        ("\u{1B}[2~", .insert, "everyone"), ("\u{1B}[3~", .delete, "everyone"), ("\u{1B}[3;5~", .delete, "Ctrl-Delete"),
        ("\u{1B}[5~", .pageUp, "everyone"), ("\u{1B}[6~", .pageDown, "everyone"), ("\u{1B}[6;2~", .pageDown, "Shift-PgDn"),
        ("\u{1B}[A", .up, "normal mode"), ("\u{1B}OA", .up, "application mode"), ("\u{1B}[1;5A", .up, "Ctrl-Up"),
        ("\u{1B}[B", .down, "normal mode"), ("\u{1B}OB", .down, "application mode"), ("\u{1B}[a", .up, "rxvt Shift-Up"),
        ("\u{1B}[C", .right, "normal mode"), ("\u{1B}OD", .left, "application mode"), ("\u{1B}Od", .left, "rxvt Ctrl-Left"),
        ("\u{1B}[Z", .backTab, "Shift-Tab"), ("\u{1B}OM", .enter, "keypad Enter"), ("\u{1B}Op", .character("0"), "keypad 0"),
        ("\u{1B}OP", .function(1), "xterm"), ("\u{1B}[11~", .function(1), "PuTTY, rxvt"), ("\u{1B}[[A", .function(1), "Linux console"),
        ("\u{1B}[1;5P", .function(1), "xterm Ctrl-F1"), ("\u{1B}O5P", .function(1), "older xterm Ctrl-F1"),
        ("\u{1B}OS", .function(4), "xterm"), ("\u{1B}[15~", .function(5), "xterm"), ("\u{1B}[[E", .function(5), "Linux console"),
        ("\u{1B}[17~", .function(6), "xterm"), ("\u{1B}[21~", .function(10), "xterm"), ("\u{1B}[24~", .function(12), "xterm"),
        ("\u{1B}[<0;11;4M", .mouse(MouseEvent(kind: .press, row: 3, column: 10)), "SGR press"),
        ("\u{1B}[<64;2;3M", .mouse(MouseEvent(kind: .wheelUp, row: 2, column: 1)), "SGR wheel"),
        ("\u{1B}[<65;2;3M", .mouse(MouseEvent(kind: .wheelDown, row: 2, column: 1)), "SGR wheel"),
        ("\u{1B}[M !#", .mouse(MouseEvent(kind: .press, row: 2, column: 0)), "X10 press"),
        ("\u{1B}[M`+,", .mouse(MouseEvent(kind: .wheelUp, row: 11, column: 10)), "X10 wheel"),
    ]

    @Test func everyTerminalsSequenceForAKeyIsThatKey() {
        for entry in Self.table {
            #expect(decode(entry.sequence) == [entry.key], "\(entry.sentBy): \(entry.sequence.debugDescription)")
        }
    }

    /// A sequence the table does not know is dropped whole: never Esc (which would close or cancel)
    /// followed by letters (which would be commands).
    @Test func anUnknownSequenceIsDroppedWhole() {
        let unknown = ["\u{1B}[25~", "\u{1B}[200~", "\u{1B}[I", "\u{1B}[O", "\u{1B}[?1;2c", "\u{1B}[12;40R",
                       "\u{1B}[27;5;9~", "\u{1B}[E", "\u{1B}Oz", "\u{1B}x", "\u{1B}m",
                       // Mouse reports that are not a press or the wheel: a release, a drag, the right button.
                       "\u{1B}[<0;11;4m", "\u{1B}[<32;11;4M", "\u{1B}[<2;11;4M", "\u{1B}[M#!!"]
        for sequence in unknown {
            #expect(decode(sequence).isEmpty, "\(sequence.debugDescription)")
            #expect(decode(sequence + "j") == [.character("j")], "the key after \(sequence.debugDescription)")
        }
    }

    @Test func aSequenceSplitAcrossReadsWaitsForItsRest() {
        var decoder = InputDecoder()
        #expect(decoder.feed("\u{1B}").isEmpty)
        #expect(decoder.isWaiting)
        #expect(decoder.feed("[").isEmpty)
        #expect(decoder.feed("4").isEmpty)
        #expect(decoder.feed("~") == [.end])
        #expect(!decoder.isWaiting)
        #expect(decoder.timeOut().isEmpty)
    }

    @Test func aLoneEscIsTheEscKeyOnceNothingFollowsInTime() {
        var decoder = InputDecoder()
        #expect(decoder.feed("\u{1B}").isEmpty)
        #expect(decoder.timeOut() == [.escape])
        #expect(!decoder.isWaiting)
        #expect(decoder.feed("q") == [.character("q")])
        // Esc twice: the first is the key, the second may start a sequence.
        #expect(decode("\u{1B}\u{1B}") == [.escape, .escape])
        #expect(decode("\u{1B}\u{1B}[B") == [.escape, .down])
    }

    @Test func anUnfinishedSequenceIsDroppedWhenTheWaitRunsOut() {
        #expect(decode("\u{1B}[1;5") == [])
        #expect(decode("\u{1B}O") == [])
        // Esc in the middle of one cuts it off; the new one is read.
        #expect(decode("\u{1B}[1\u{1B}[H") == [.home])
    }

    @Test func aRunawaySequenceIsDroppedRatherThanWaitedOn() {
        var decoder = InputDecoder()
        let keys = ("\u{1B}[" + String(repeating: "1;", count: 40) + "j").unicodeScalars.flatMap { decoder.feed($0) }
        #expect(!decoder.isWaiting)
        #expect(keys.allSatisfy { $0 != .escape })
    }

    @Test func plainCharactersAreKeysAtOnce() {
        var decoder = InputDecoder()
        #expect(decoder.feed("a") == [.character("a")])
        #expect(decoder.feed("é") == [.character("é")])
        #expect(decoder.feed("\r") == [.enter])
        #expect(decoder.feed("\t") == [.tab])
        #expect(decoder.feed("\u{7F}") == [.backspace])
        #expect(decoder.feed("\u{13}") == [.control("s")])
        #expect(decoder.feed("\u{9B}").isEmpty)  // a C1 control is no key
        #expect(!decoder.isWaiting)
    }
}
