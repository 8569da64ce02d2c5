import Foundation
import Testing

/// A library on a drive casebook cannot write, and one whose pages were overwritten, from the command
/// line and the browser: reading works on the first, the second is moved aside, and casebook always starts.
@Suite(.tags(.commandLine))
struct LibraryDamageEndToEndTests {
    typealias Home = LibraryEndToEndTests.Home

    func casebook(_ arguments: [String], _ home: Home) throws -> Subprocess {
        try Subprocess.run(try CasebookBinary.path(), arguments, environment: home.environment)
    }

    /// `casebook arguments…` as a user who cannot write the library's folder: nobody, when the tests run as
    /// root (who writes anywhere), else the user running them; nil when root has no setpriv to become nobody.
    func casebookUnprivileged(_ arguments: [String], _ home: Home) throws -> Subprocess? {
        guard getuid() == 0 else { return try casebook(arguments, home) }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return try Subprocess.run(setpriv, ["--reuid=nobody", "--regid=nogroup", "--clear-groups", try CasebookBinary.path()] + arguments,
                                  environment: home.environment)
    }

    @Test func inAFolderItCannotWriteTheLibraryIsReadAndWritingIsRefused() throws {
        let home = try Home()
        defer {
            chmod(home.folder + "/data/casebook", 0o755)
            home.remove()
        }
        #expect(try casebook(["add", LibraryEndToEndTests.fixtures + "/anytown-child-k.txt"], home).status == 0)
        let folder = home.folder + "/data/casebook"
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["library.sqlite"])
        // Everyone may pass through and read; nobody but root may write.
        for path in [home.folder, home.folder + "/data", home.folder + "/config"] { chmod(path, 0o755) }
        chmod(home.libraryPath, 0o444)
        chmod(folder, 0o555)
        let before = try Data(contentsOf: URL(fileURLWithPath: home.libraryPath))

        guard let list = try casebookUnprivileged(["library", "--format", "csv"], home) else { return }
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("Anytown"))
        let search = try #require(try casebookUnprivileged(["search", "Anytown"], home))
        #expect(search.status == 0, "\(search.stderr)")
        let show = try #require(try casebookUnprivileged(["show", "2:1"], home))
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Recommendation 1"))
        for (write, says) in [(["add", LibraryEndToEndTests.fixtures + "/westshire-child-l-crlf.txt"], "casebook cannot write"),
                              (["remove", "2"], "is read-only here (read-only drive or file); nothing was changed")] {
            let refused = try #require(try casebookUnprivileged(write, home))
            #expect(refused.status == 2, "\(write)")
            #expect(refused.stderr.contains(says), "\(refused.stderr)")
            #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: home.libraryPath)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["library.sqlite"])
    }

    /// Pages 4 to 23 overwritten, the header left sound: the library's list is among them.
    private func damagedLibrary(_ home: Home) throws {
        #expect(try casebook(["add", LibraryEndToEndTests.fixtures], home).status == 0)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: home.libraryPath))
        defer { try? file.close() }
        try file.seek(toOffset: 3 * 4096)
        try file.write(contentsOf: Data((0..<20 * 4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }))
    }

    @Test func aDamagedLibraryIsMovedAsideAndAFreshOneMade() throws {
        let home = try Home()
        defer { home.remove() }
        try damagedLibrary(home)
        let list = try casebook(["library", "--format", "csv"], home)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stderr.contains("library was damaged (corrupt), so casebook started a fresh one; the old file is kept as \(home.libraryPath).corrupt-"), "\(list.stderr)")
        #expect(list.stdout.split(whereSeparator: \.isNewline).count == 2, "\(list.stdout)")
        let folder = home.folder + "/data/casebook"
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".corrupt-") }.count == 1)
    }

    @Test func bareCasebookStartsOnADamagedLibraryAndSaysWhatHappened() throws {
        let home = try Home()
        defer { home.remove() }
        try damagedLibrary(home)
        try expectBuiltInDocument(home, width: 80, saying: "library was damaged (corrupt)")
    }

    @Test func bareCasebookStartsOnTheBuiltInDocumentWhenTheLibraryCannotBeOpened() throws {
        let home = try Home()
        defer { home.remove() }
        #expect(try casebook(["add", LibraryEndToEndTests.fixtures + "/anytown-child-k.txt"], home).status == 0)
        // A folder where SQLite's write-ahead log goes: the library cannot be opened, even by root.
        try FileManager.default.createDirectory(atPath: home.libraryPath + "-wal", withIntermediateDirectories: false)
        try expectBuiltInDocument(home, width: 200, saying: "library.sqlite cannot be opened (unable to open database file)")
    }

    /// Bare `casebook` opens on the built-in document with `notice` in the status line, and quits cleanly.
    private func expectBuiltInDocument(_ home: Home, width: Int, saying notice: String) throws {
        let session = try TmuxSession(environment: home.environment, width: width, height: 24)
        defer { session.close() }
        try session.waitUntil("the built-in document opens, what became of the library in the status line") { screen in
            screen.contains("Child J") && screen.contains(notice)
        }
        try session.type("q")
        #expect(try session.waitForExit().status == 0)
    }
}
