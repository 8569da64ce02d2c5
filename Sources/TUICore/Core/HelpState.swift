/// The help's place: how far it is scrolled, and a group to open at, found when the help is drawn
/// (while presenting, it opens at the presenting keys).
struct HelpState: Sendable, Hashable {
    var scroll = ScrollState()
    var startAt: KeyGroup?
}
