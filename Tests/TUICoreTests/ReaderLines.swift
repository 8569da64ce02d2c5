@testable import TUICore

extension Browser {
    /// The reader's text as the next frame lays it out, for tests that look at its lines.
    var readerLines: [ReaderLine] { ScreenRenderer.readerContent(of: state).lines }
}
