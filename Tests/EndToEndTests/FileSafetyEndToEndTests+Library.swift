import Foundation
import Testing

/// `--library` naming a file of the user's: refused, never moved aside nor replaced.
extension FileSafetyEndToEndTests {
    @Test func aTextFileNamedAsTheLibraryIsRefusedUntouched() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mine = folder + "/mydoc.txt"
        try "My own words, not a library.\n".write(toFile: mine, atomically: true, encoding: .utf8)
        for command in ["library", "add"] {
            let extra = command == "add" ? #" "$D/docs""# : ""
            let run = try shell(#"cd "$D" && timeout 20 "$CB" "# + command + #" --library mydoc.txt"# + extra, in: folder)
            #expect(run.status == 2, "\(command): \(run.stderr)")
            // The path as the settings hold it: made absolute, so it names the file wherever it is read.
            #expect(run.stderr == "casebook: \(mine) is not a casebook library\n", "\(command): \(run.stderr)")
            #expect(try String(contentsOfFile: mine, encoding: .utf8) == "My own words, not a library.\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["docs", "mydoc.txt"])
        }
    }

    @Test func anEmptyFileNamedAsTheLibraryBecomesOne() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try shell(#"cd "$D" && : > empty.db && timeout 20 "$CB" library --library empty.db --format csv"#, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(whereSeparator: \.isNewline).count == 2, "\(run.stdout)")
    }

    @Test func aFIFONamedAsTheLibraryIsRefused() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try shell(#"cd "$D" && mkfifo lib.db && timeout 20 "$CB" library --library lib.db"#, in: folder)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr == "casebook: \(folder)/lib.db is not a casebook library\n", "\(run.stderr)")
    }
}
