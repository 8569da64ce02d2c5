import Foundation
import Testing
@testable import Library

/// Which file `--library PATH` names: a file as itself, a folder's library.sqlite, the default.
@Suite struct LibraryLocationTests {
    let environment = ["XDG_DATA_HOME": "/data", "HOME": "/home/trainer"]

    @Test func withoutAChoiceTheLibraryIsInTheDataFolder() throws {
        #expect(try LibraryLocation.file(chosen: nil, environment: environment) == "/data/casebook/library.sqlite")
        #expect(try LibraryLocation.file(chosen: nil, environment: ["HOME": "/home/trainer"])
            == "/home/trainer/.local/share/casebook/library.sqlite")
        #expect(throws: LibraryError.self) { try LibraryLocation.file(chosen: nil, environment: [:]) }
    }

    @Test func aFolderHoldsLibrarySqliteAndAFileIsTheLibraryItself() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        #expect(try LibraryLocation.file(chosen: scratch.folder, environment: environment) == scratch.folder + "/library.sqlite")
        #expect(try LibraryLocation.file(chosen: scratch.folder + "/", environment: environment) == scratch.folder + "/library.sqlite")
        // A file there already, whatever its name (a shared library on a team drive).
        let shared = try scratch.write("team-reviews", "")
        #expect(try LibraryLocation.file(chosen: shared, environment: environment) == shared)
        // A file not made yet is named by its ending; without one, a folder to be made.
        #expect(try LibraryLocation.file(chosen: scratch.folder + "/new.sqlite", environment: environment) == scratch.folder + "/new.sqlite")
        #expect(try LibraryLocation.file(chosen: scratch.folder + "/team.DB", environment: environment) == scratch.folder + "/team.DB")
        #expect(try LibraryLocation.file(chosen: scratch.folder + "/later", environment: environment)
            == scratch.folder + "/later/library.sqlite")
    }

    @Test func aLibraryFileNamedByPathIsMadeAndReopened() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let path = try LibraryLocation.file(chosen: scratch.folder + "/drive/team.sqlite", environment: environment)
        _ = try LibraryStore.open(path: path)
        var isDirectory: ObjCBool = true
        #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue)
        #expect(try LibraryLocation.file(chosen: path, environment: environment) == path)
        #expect(try LibraryStore.openIfExists(path: path) != nil)
    }
}
