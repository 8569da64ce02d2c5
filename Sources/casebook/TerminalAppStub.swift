// TEMPORARY: stands in for TUIApp's TerminalApp until the backend lands on main. Delete on merge.
import Content
import TUIApp

enum TerminalApp {
    static func run(document: ReviewDocument, options: BrowserOptions) -> Int32 {
        StandardStreams.complain("the browser is not built yet")
        return 2
    }
}
