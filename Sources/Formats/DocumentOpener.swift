import Content
import Foundation

/// Opens a document of any format casebook reads, told by its content: plain text and Markdown
/// through the text parser, PDF, Word and web pages through their readers into the same model.
public enum DocumentOpener {
    /// Loads `path` with the local data beside it, or the built-in document when `path` is nil.
    /// `explaining` keeps the rules `check --explain` shows (`ReviewParser.parse`).
    public static func load(path: String?, hints: ParseHints = ParseHints(), explaining: Bool = false) throws(LoadError) -> ReviewDocument {
        guard let path else { return DocumentLoader.builtInDocument(explaining: explaining) }
        let (hints, warnings) = DocumentLoader.hintsFor(path, flags: hints)
        var document = try parse(DocumentLoader.readFile(path), source: path, hints: hints, explaining: explaining)
        document.warnings.insert(contentsOf: warnings, at: 0)
        return DocumentLoader.withLocalData(document, beside: path)
    }

    /// Parses `data` read from `source`, whatever its format.
    public static func parse(_ data: consuming Data, source: String, hints: ParseHints = ParseHints(),
                             explaining: Bool = false) throws(LoadError) -> ReviewDocument {
        switch DocumentFormat.detect(data, name: source) {
        case .failure(.oldOrEncryptedWord) where source.lowercased().hasSuffix(".docx"):
            // A .docx in a compound file is one Word encrypted with a password (or a .doc renamed).
            throw LoadError("\(source): is a password-protected Word document (or an old .doc renamed .docx); save a copy without a password, as .docx or PDF")
        case .failure(let refusal):
            throw LoadError("\(source): \(describe(refusal))")
        case .success(.text), .success(.markdown):
            return try DocumentLoader.parse(data, source: source, hints: hints, explaining: explaining)
        case .success(let format):
            let extracted = try extract(format, from: data, source: source)
            return ReviewParser.parse(extracted, source: source, hints: hints, explaining: explaining)
        }
    }

    /// The text of a PDF, Word file or web page, by its reader.
    static func extract(_ format: DocumentFormat, from data: Data, source: String) throws(LoadError) -> ExtractedText {
        switch format {
        case .pdf: return try PDFTextReader.extract(data, source: source)
        case .docx: return try WordReader.extract(data, source: source)
        case .html: return try HTMLReader.extract(data, source: source)
        case .text, .markdown: throw LoadError("\(source): is \(format.displayName), which has no reader of its own")
        }
    }

    static func describe(_ refusal: DocumentFormat.Refusal) -> String {
        switch refusal {
        case .zipNotWord: return "is a ZIP archive but not a Word (.docx) document"
        case .oldOrEncryptedWord:
            return "is an old-format Word (.doc) file or a password-protected document; save it as .docx or PDF without a password"
        case .image(let kind): return "is a \(kind) image, not a document; casebook needs a file with text"
        case .binary: return "is a binary file, not a text document"
        }
    }
}
