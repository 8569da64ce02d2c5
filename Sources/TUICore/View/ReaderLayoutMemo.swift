import Content

/// The reader's laid-out text, kept from one frame to the next while the selection and the reader's
/// width stay the same: laying out a long recommendation (wrapping every paragraph, finding every
/// source) on every frame would cost more than drawing it. It lives beside the state, not in it, so
/// the state holds no view output and two states that differ only in what was cached are the same.
struct ReaderLayoutMemo: Sendable {
    private struct Key: Hashable {
        var selection: Selection
        var width: Int
        /// The notes shown with the selection: a saved note is laid out at once.
        var notes: [Note]
    }

    private var key: Key?
    private var content: ReaderContent?

    /// The cached text when it was laid out for this state's selection and width.
    func cached(for state: BrowserState) -> ReaderContent? {
        key == Self.key(of: state) ? content : nil
    }

    /// The text for this state, laid out afresh only when the selection or the width changed.
    mutating func content(for state: BrowserState) -> ReaderContent {
        if let content = cached(for: state) { return content }
        let fresh = ScreenRenderer.readerContent(of: state)
        key = Self.key(of: state)
        content = fresh
        return fresh
    }

    private static func key(of state: BrowserState) -> Key {
        Key(selection: state.selection, width: state.layout.readerTextWidth, notes: state.notesShown(with: state.selection))
    }
}
