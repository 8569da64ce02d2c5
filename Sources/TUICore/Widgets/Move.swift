/// The generic requests every scrolling thing understands: the keymap turns j/k, arrows, Space/b,
/// PgDn/PgUp and g/G/Home/End into these, and the focused mode or widget decides what they mean.
enum Move: Sendable, Hashable {
    case up, down, pageUp, pageDown, top, bottom
}
