import TUICore

/// What waiting for input with a time limit gives: an event, the time running out, or the end of input.
enum TimedInput {
    case event(KeyEvent)
    case timedOut
    case ended
}

/// A backend that can stop waiting after a while, so the session clock can tick.
protocol TimedInputBackend: TerminalBackend {
    func nextInput(waitingAtMost milliseconds: Int) -> TimedInput
}
