import Foundation

/// A scratch directory for one test's notes (its XDG_DATA_HOME), so no test touches the real notes.
struct NotesDataDirectory {
    let url: URL

    init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-e2e-\(name)-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// casebook at 80×24 keeping its notes here, once it shows the document.
    func startCasebook() throws -> TmuxSession {
        let session = try TmuxSession(environment: ["XDG_DATA_HOME": url.path], width: 80, height: 24)
        try session.waitUntil("the document is shown") { $0.contains("Introduction") || $0.contains("Recommendation") }
        return session
    }
}
