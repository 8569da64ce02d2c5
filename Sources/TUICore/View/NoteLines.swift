import Content

/// A note or a room's answer as the reader and the presentation show it: a "✎" label, then its lines
/// in the note role, so what the user wrote never reads as the author's text (with or without colour).
enum NoteLines {
    /// The label, then each line of the note two columns in, as paragraphs of runs with their indent
    /// beyond the note's own; the note's text made terminal-safe.
    static func paragraphs(of note: Note) -> [(runs: [StyledRun], indent: Int)] {
        let label: String
        switch note.kind {
        case .note: label = "✎ Your note"
        case .roomAnswer: label = note.question == nil ? "✎ The room said" : "✎ The room's answer"
        }
        let lines = note.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { (runs: [StyledRun(TerminalSafe.sanitize(String($0)), .note)], indent: 2) }
        return [(runs: [StyledRun(label, .noteLabel)], indent: 0)] + lines
    }
}
