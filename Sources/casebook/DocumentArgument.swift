import ArgumentParser
import Content
import Formats
import Foundation
import Library

/// The optional document every command reads; without it, the built-in document.
struct DocumentArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("A review response (text, Markdown, PDF, Word, web page), or a library id such as 12 "
                                 + "(default: the built-in document).", valueName: "file"),
              completion: .file())
    var file: String?

    @OptionGroup var hintOptions: ParseHintOptions
    @OptionGroup var library: LibraryOption

    /// The parsed document with its local data (`NAME.local.txt` beside it); a file that cannot be used
    /// becomes a `CommandFailure`. Invalid UTF-8 is read with replacement characters and reported on stderr.
    /// A whole number that is not a file's name is a library id (`casebook 12`).
    func load() throws(CommandFailure) -> ReviewDocument {
        let hints = try hintOptions.hints()
        guard let file else { return Self.builtIn() }
        if let id = Self.libraryID(file) { return try load(libraryID: id) }
        return try Self.load(path: file, hints: hints, reportingEncoding: true)
    }

    /// `file` as a library id: digits only, and no file of that name here.
    static func libraryID(_ file: String) -> Int? {
        guard !file.isEmpty, file.allSatisfy(\.isASCII), let id = Int(file), id > 0,
              !FileManager.default.fileExists(atPath: file) else { return nil }
        return id
    }

    /// Document `id` of the library, from the bytes the library holds, with the user's data.
    func load(libraryID id: Int, explaining: Bool = false) throws(CommandFailure) -> ReviewDocument {
        guard let store = try library.openIfExists() else {
            if id == 1 { return Self.builtIn(explaining: explaining) }
            throw CommandFailure("\(id): no such file, and the library is empty (casebook add FILE… fills it)")
        }
        do {
            var document = try store.openDocument(id: id, explaining: explaining)
            document.userData = Self.userData
            return document
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// The user's data files (`$XDG_CONFIG_HOME/casebook/`), read once per run and laid under every
    /// document's local data.
    static let userData = UserDataFolder.read(.current)

    /// The built-in document, with the user's data.
    static func builtIn(explaining: Bool = false) -> ReviewDocument {
        var document = DocumentLoader.builtInDocument(explaining: explaining)
        document.userData = userData
        return document
    }

    /// `path` read as `casebook search`'s and `check`'s files are: a library id (of `library`, the
    /// command's `--library` or else the library the environment and config.toml name) or a path;
    /// `explaining` keeps the rules `check --explain` shows.
    static func load(path: String, hints: ParseHints = ParseHints(), reportingEncoding: Bool, explaining: Bool = false,
                     library: LibraryOption? = nil) throws(CommandFailure) -> ReviewDocument {
        if let id = libraryID(path), var inForce = try? DocumentArgument.parse([]) {
            if let library { inForce.library = library }
            return try inForce.load(libraryID: id, explaining: explaining)
        }
        do {
            // The bytes are not kept past decoding: a large document is held once, as text.
            var document = try DocumentOpener.load(path: path, hints: hints, explaining: explaining)
            document.userData = userData
            if reportingEncoding, DocumentLoader.hadUndecodableBytes(document) {
                StandardStreams.complain("\(path): is not valid UTF-8; undecodable bytes are shown as \u{FFFD}")
            }
            return document
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
