import Foundation
import Testing

/// The library from the command line, in a private XDG_DATA_HOME: add, library, remove, search,
/// commitments, themes, ids wherever a file goes, two processes at once and a kill during import.
@Suite(.tags(.commandLine))
struct LibraryEndToEndTests {
    /// A private data folder for one test, and the environment that points casebook at it.
    struct Home {
        let folder: String
        var environment: [String: String] { ["XDG_DATA_HOME": folder + "/data", "XDG_CONFIG_HOME": folder + "/config"] }
        var libraryPath: String { folder + "/data/casebook/library.sqlite" }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-library-e2e-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder + "/docs", withIntermediateDirectories: true)
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }

        /// `count` generated reviews of about `kilobytes` each in `docs/`.
        func writeReviews(_ count: Int, kilobytes: Int = 8) throws {
            for index in 0..<count {
                var text = "Borough \(index) Safeguarding Partnership\n\nResponse to the Review of Child \(index) (20\(10 + index % 15))\n\n"
                text += "This response was agreed by the partnership executive.\n\n"
                var recommendation = 1
                while text.utf8.count < kilobytes * 1024 {
                    text += "Recommendation \(recommendation)\n\nThe partnership should make sure that school exclusion of a child "
                        + "known to children's social care is discussed with the police and health within five days.\n\n"
                        + "Response:\n\nA protocol has been agreed and will be audited in 2025. Training is planned for every school.\n\n"
                    recommendation += 1
                }
                try text.write(toFile: folder + "/docs/review-\(index).txt", atomically: true, encoding: .utf8)
            }
        }
    }

    static let fixtureFolder = Installation.repository.appendingPathComponent("Tests/TestFixtures/Fixtures").path

    /// Ten fixture documents of every format in a folder of their own (text at the top, one in a
    /// sub-folder, a PDF, a Word file and a web page), so the counts below do not move as fixtures are added.
    static let fixtures: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-library-fixtures-\(UUID().uuidString)").path
        let names = ["anytown-child-k.txt", "eastvale-briefing-no-recommendations.txt", "northbridge-child-m-paged.txt",
                     "oakridge-child-r-local-authority.txt", "riverside-child-p-warnings.txt", "westshire-child-l-crlf.txt",
                     "handout/titled-recommendations.txt", "pdf/kingsmere-child-t-response.pdf",
                     "docx/southfield-child-u-numbered.docx", "html/anytown-child-t-learning.html"]
        for name in names {
            let target = folder + "/" + name
            try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(atPath: fixtureFolder + "/" + name, toPath: target)
        }
        return folder
    }()

    func casebook(_ arguments: [String], _ home: Home) throws -> Subprocess {
        try Subprocess.run(try CasebookBinary.path(), arguments, environment: home.environment)
    }

    /// `--library PATH` before the command, after it, or with no command names the same library; before
    /// a command that reads none it is refused, never the default used instead.
    @Test func theLibraryFlagNamesTheLibraryWhereverItIsWritten() throws {
        let home = try Home()
        defer { home.remove() }
        let other = home.folder + "/other.sqlite"
        let add = try casebook(["--library", other, "add", Self.fixtures], home)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("10 added"))
        #expect(!FileManager.default.fileExists(atPath: home.libraryPath))
        let before = try casebook(["--library", other, "search", "school"], home)
        let after = try casebook(["search", "school", "--library", other], home)
        let joined = try casebook(["--library=\(other)", "search", "school"], home)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("titled-recommendations.txt"))
        #expect(after.stdout == before.stdout && joined.stdout == before.stdout)
        // The default library (none made) searches the built-in document only.
        #expect(try casebook(["search", "school"], home).stdout != before.stdout)
        let id = try #require(try casebook(["--library", other, "library", "--format", "csv"], home).stdout
            .split(whereSeparator: \.isNewline).first { $0.contains("anytown-child-k.txt") }.map { String($0.prefix { $0 != "," }) })
        // The browser's (printing, as its output is not a terminal) and a document by id.
        #expect(try casebook(["--library", other, id], home).stdout.contains("Anytown Safeguarding Children Partnership"))
        #expect(try casebook(["--library", other, "search", "school", id], home).stdout.contains("[[school]]"))
        let refused = try casebook(["--library", other, "config"], home)
        #expect(refused.status == 2 && refused.stderr.contains("casebook config --library"))
        #expect(try casebook(["--library", other, "data", "init"], home).status == 2)
    }

    @Test func addListShowSearchAndRemoveAsAUserWould() throws {
        let home = try Home()
        defer { home.remove() }
        let add = try casebook(["add", Self.fixtures], home)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("10 added, 0 unchanged, 0 updated"))
        let again = try casebook(["add", Self.fixtures], home)
        #expect(again.stdout == "0 added, 10 unchanged, 0 updated\n")

        let csv = try casebook(["library", "--format", "csv"], home)
        #expect(csv.status == 0)
        let rows = csv.stdout.split(whereSeparator: \.isNewline)
        #expect(rows.first?.hasPrefix("id,title,organisation,year,recommendations,completed,in progress,planned") == true)
        #expect(rows.count == 12)
        let anytown = try #require(rows.first { $0.contains("anytown-child-k.txt") })
        let id = String(anytown.prefix { $0 != "," })
        #expect(anytown.contains("Anytown Safeguarding Children Partnership,2022,5,"))

        let json = try casebook(["library", "--format", "json"], home)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 11)
        #expect(entries.first?["id"] as? Int == 1)

        let show = try casebook(["show", "\(id):2b"], home)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("2b"))
        let list = try casebook(["list", id], home)
        #expect(list.status == 0)
        #expect(list.stdout.split(whereSeparator: \.isNewline).count == 5)
        let plain = try casebook([id], home)
        #expect(plain.stdout.contains("Anytown Safeguarding Children Partnership"))

        let search = try casebook(["search", "police"], home)
        #expect(search.status == 0)
        #expect(search.stdout.contains("\(id)  Response to the Recommendations from the Local Child"))
        #expect(search.stdout.contains("  \(id):2"))
        #expect(search.stdout.contains("[[police]]") || search.stdout.contains("[[Police]]"))
        let narrowed = try casebook(["search", "police org:anytown", "--json"], home)
        let matches = try #require(try JSONSerialization.jsonObject(with: Data(narrowed.stdout.utf8)) as? [[String: Any]])
        #expect(!matches.isEmpty && matches.allSatisfy { "\($0["document"] ?? "")" == id })
        #expect(try casebook(["search", "zebrafinch"], home).status == 1)

        let remove = try casebook(["remove", id], home)
        #expect(remove.status == 0)
        #expect(try casebook(["show", "\(id):2b"], home).stderr.contains("no document \(id) in the library"))
        let builtIn = try casebook(["remove", "1"], home)
        #expect(builtIn.status == 2)
        #expect(builtIn.stderr.split(separator: "\n").count == 1)
    }

    @Test func aLibraryFileNamedByLibraryOrCasebookLibraryIsUsedInsteadOfTheDefault() throws {
        let home = try Home()
        defer { home.remove() }
        let shared = home.folder + "/drive/team.sqlite"
        let add = try casebook(["add", "--library", shared, Self.fixtures + "/anytown-child-k.txt"], home)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("1 added"))
        #expect(FileManager.default.fileExists(atPath: shared))
        #expect(!FileManager.default.fileExists(atPath: home.libraryPath))
        #expect(!FileManager.default.fileExists(atPath: shared + "/library.sqlite"))

        var environment = home.environment
        environment["CASEBOOK_LIBRARY"] = shared
        let list = try Subprocess.run(try CasebookBinary.path(), ["library", "--format", "csv"], environment: environment)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("anytown-child-k.txt"))
        // An existing file of any name is the library itself; the default library stays as it was.
        let renamed = home.folder + "/drive/team-reviews"
        try FileManager.default.moveItem(atPath: shared, toPath: renamed)
        let show = try casebook(["show", "--library", renamed, "2:2b"], home)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("2b"))
        let plain = try casebook(["library", "--format", "csv"], home)
        #expect(!plain.stdout.contains("anytown-child-k.txt"))
    }

    @Test func commitmentsAndThemesRunAcrossTheLibrary() throws {
        let home = try Home()
        defer { home.remove() }
        #expect(try casebook(["add", Self.fixtures], home).status == 0)
        let commitments = try casebook(["commitments", "--format", "csv", "--filter", "agency:police"], home)
        #expect(commitments.status == 0, "\(commitments.stderr)")
        let documents = Set(commitments.stdout.split(whereSeparator: \.isNewline).dropFirst().compactMap { $0.split(separator: ":").first })
        #expect(documents.count >= 2)
        let onlyOne = try casebook(["commitments", "--format", "csv", "--filter", "agency:police doc:1"], home)
        #expect(onlyOne.stdout.split(whereSeparator: \.isNewline).dropFirst().allSatisfy { $0.hasPrefix("1:") })

        let themes = try casebook(["themes", "--format", "csv"], home)
        #expect(themes.status == 0)
        #expect(themes.stdout.hasPrefix("theme,1: Response to the Recommendations from the Serious Case Review of Child J"))
        #expect(themes.stdout.contains("education and exclusion,"))
        let text = try casebook(["themes"], home)
        #expect(text.stdout.contains("education and exclusion"))
    }

    /// Without a filter, or with status:, has:, theme:, agency: (by alias) and doc:/org:/year:, the tracker
    /// across the library reads the commitments stored at import: the same rows, in the same order, as
    /// each review's own, parsed, prefixed.
    @Test func commitmentsAcrossTheLibraryAreEachReviewsOwnPrefixedWithItsID() throws {
        let home = try Home()
        defer { home.remove() }
        #expect(try casebook(["add", Self.fixtures], home).status == 0)
        let ids = try casebook(["library", "--format", "csv"], home).stdout.split(whereSeparator: \.isNewline).dropFirst()
            .compactMap { Int($0.split(separator: ",").first ?? "") }
        for filter in [nil, "status:planned", "has:due year:2010..2030", "agency:police status:planned", "theme:missing -agency:police"] {
            let across = try casebook(["commitments", "--format", "csv"] + (filter.map { ["--filter", $0] } ?? []), home)
            var expected: [Substring] = []
            for id in ids {
                let own = try casebook(["commitments", "--format", "csv"] + (filter.map { ["--filter", $0] } ?? []) + ["\(id)"], home)
                expected += own.stdout.split(whereSeparator: \.isNewline).dropFirst().map { Substring("\(id):") + $0 }
            }
            let rows = across.stdout.split(whereSeparator: \.isNewline).dropFirst()
            #expect(!rows.isEmpty, "\(filter ?? "")")
            #expect(Array(rows) == expected, "\(filter ?? "")")
        }
    }

    @Test func aLibraryThatCannotBeUsedIsOneLineAndExitTwo() throws {
        let home = try Home()
        defer { home.remove() }
        try FileManager.default.createDirectory(atPath: home.folder + "/data/casebook", withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: home.libraryPath))
        let add = try casebook(["add", Self.fixtures + "/anytown-child-k.txt"], home)
        #expect(add.status == 0)
        #expect(add.stderr.contains("the old file is kept as"))
        #expect(add.stdout == "1 added, 0 unchanged, 0 updated\n")
        let missing = try casebook(["add", home.folder + "/docs/none.txt"], home)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.txt: no such file"))
        #expect(missing.stdout.contains("1 could not be read — see `casebook check \(home.folder)/docs/none.txt`"))
    }

    /// An id given twice is removed and said once; a wrong id among good ones removes nothing, and says so.
    @Test func removeSaysEachReviewOnceAndNothingRemovedForAWrongID() throws {
        let home = try Home()
        defer { home.remove() }
        try home.writeReviews(2, kilobytes: 1)
        #expect(try casebook(["add", home.folder + "/docs"], home).status == 0)
        let wrong = try casebook(["remove", "2", "999"], home)
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "casebook: no document 999 in the library (casebook library lists them); nothing was removed\n")
        #expect(try casebook(["library", "--format", "csv"], home).stdout.split(whereSeparator: \.isNewline).count == 4)
        let twice = try casebook(["remove", "2", "2"], home)
        #expect(twice.status == 0)
        #expect(twice.stdout.split(separator: "\n").count == 1)
        #expect(twice.stdout.hasPrefix("removed 2  "))
    }

    /// Two files with the same bytes in one `add` are one review, the second said to be a copy.
    @Test func twoCopiesInOneAddAreOneReview() throws {
        let home = try Home()
        defer { home.remove() }
        try home.writeReviews(1, kilobytes: 1)
        try FileManager.default.copyItem(atPath: home.folder + "/docs/review-0.txt", toPath: home.folder + "/docs/review-copy.txt")
        let add = try casebook(["add", home.folder + "/docs"], home)
        #expect(add.status == 0)
        #expect(add.stdout == "1 added, 1 unchanged (1 a copy of another file here), 0 updated\n")
        #expect(try casebook(["library", "--format", "csv"], home).stdout.split(whereSeparator: \.isNewline).count == 3)
    }

    /// One casebook imports while another lists and searches: neither sees an error.
    @Test func twoProcessesShareTheLibrary() throws {
        let home = try Home()
        defer { home.remove() }
        try home.writeReviews(60)
        #expect(try casebook(["add", Self.fixtures + "/anytown-child-k.txt"], home).status == 0)
        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: try CasebookBinary.path())
        importer.arguments = ["add", home.folder + "/docs"]
        importer.environment = ProcessInfo.processInfo.environment.merging(home.environment) { $1 }
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        var reads = 0
        repeat {
            let list = try casebook(["library", "--format", "csv"], home)
            #expect(list.status == 0 && list.stderr.isEmpty, "\(list.stderr)")
            let search = try casebook(["search", "exclusion"], home)
            #expect(search.status == 0 && search.stderr.isEmpty, "\(search.stderr)")
            reads += 1
        } while importer.isRunning
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        #expect(reads >= 1)
        #expect(try casebook(["library", "--format", "csv"], home).stdout.split(whereSeparator: \.isNewline).count == 1 + 62)
    }

    /// kill -9 in the middle of an import: every document listed opens, and adding again completes it.
    @Test func aKilledImportLeavesAConsistentLibrary() throws {
        let home = try Home()
        defer { home.remove() }
        try home.writeReviews(120, kilobytes: 16)
        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: try CasebookBinary.path())
        importer.arguments = ["add", home.folder + "/docs"]
        importer.environment = ProcessInfo.processInfo.environment.merging(home.environment) { $1 }
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        // Wait until some documents are in, then kill it without warning.
        let deadline = Date().addingTimeInterval(60)
        var listed = 0
        while importer.isRunning, Date() < deadline {
            listed = try casebook(["library", "--format", "csv"], home).stdout.split(whereSeparator: \.isNewline).count - 2
            if listed >= 5 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        let csv = try casebook(["library", "--format", "csv"], home)
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(whereSeparator: \.isNewline).dropFirst()
        for row in rows {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            let id = String(fields[0])
            let count = Int(fields[4]) ?? -1
            let list = try casebook(["list", id], home)
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.split(whereSeparator: \.isNewline).count == count, "document \(id)")
        }
        let again = try casebook(["add", home.folder + "/docs"], home)
        #expect(again.status == 0)
        #expect(try casebook(["library", "--format", "csv"], home).stdout.split(whereSeparator: \.isNewline).count == 1 + 121)
    }
}
