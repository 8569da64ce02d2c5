import ArgumentParser
import Content
import Formats
import Foundation

/// The optional document every command reads; without it, the built-in document.
struct DocumentArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("A review response as plain text (default: the built-in document).",
                                 valueName: "file"),
              completion: .file())
    var file: String?

    @OptionGroup var hintOptions: ParseHintOptions

    /// The parsed document with its local data (`NAME.local.txt` beside it); a file that cannot be used
    /// becomes a `CommandFailure`. Invalid UTF-8 is read with replacement characters and reported on stderr.
    func load() throws(CommandFailure) -> ReviewDocument {
        let hints = try hintOptions.hints()
        guard let file else { return Self.builtIn() }
        return try Self.load(path: file, hints: hints, reportingEncoding: true)
    }

    /// The user's data files (`$XDG_CONFIG_HOME/casebook/`), read once per run and laid under every
    /// document's local data.
    static let userData = UserDataFolder.read(.current)

    /// The built-in document, with the user's data.
    static func builtIn() -> ReviewDocument {
        var document = DocumentLoader.builtInDocument()
        document.userData = userData
        return document
    }

    static func load(path: String, hints: ParseHints = ParseHints(), reportingEncoding: Bool) throws(CommandFailure) -> ReviewDocument {
        do {
            // The bytes are not kept past decoding: a large document is held once, as text.
            var document = try DocumentOpener.load(path: path, hints: hints)
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
