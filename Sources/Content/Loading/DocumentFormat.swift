import Foundation

/// What kind of file a document is, told by its content (its first bytes), not by its name alone.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown, pdf, docx, html

    /// What the user calls it in messages: "PDF", "Word (.docx)".
    public var displayName: String {
        switch self {
        case .text: return "plain text"
        case .markdown: return "Markdown"
        case .pdf: return "PDF"
        case .docx: return "Word (.docx)"
        case .html: return "web page (.html)"
        }
    }

    /// Why a file is none of the formats casebook reads; nil when it may be one of them.
    public enum Refusal: Error, Equatable, Sendable {
        case zipNotWord, oldOrEncryptedWord, image(String), binary
    }

    /// Detects the format from the leading bytes, using `name` only to tell Markdown from plain text
    /// (the two read the same way). A PDF starts with "%PDF-"; a .docx is a ZIP package holding
    /// "word/document.xml"; a web page opens (after any BOM, whitespace or comment) with a doctype or an
    /// `<html>` / `<head>` / `<body>` / `<meta>` / `<title>` tag.
    public static func detect(_ data: Data, name: String) -> Result<DocumentFormat, Refusal> {
        let head = data.prefix(4096)
        if head.starts(with: Array("%PDF-".utf8)) { return .success(.pdf) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return containsWordPart(data) ? .success(.docx) : .failure(.zipNotWord)
        }
        // Compound File Binary: a .doc from Word 97–2003, or a .docx protected with a password.
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .failure(.oldOrEncryptedWord) }
        if let image = imageKind(head) { return .failure(.image(image)) }
        if looksLikeHTML(head) { return .success(.html) }
        if head.contains(0) { return .failure(.binary) }
        let lower = name.lowercased()
        return .success(lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .text)
    }

    private static func containsWordPart(_ data: Data) -> Bool {
        data.range(of: Data("word/document.xml".utf8)) != nil
    }

    private static func imageKind(_ head: Data) -> String? {
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "PNG" }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "JPEG" }
        if head.starts(with: Array("GIF8".utf8)) { return "GIF" }
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "TIFF" }
        return nil
    }

    private static func looksLikeHTML(_ head: Data) -> Bool {
        var text = Substring(String(decoding: head.prefix(1024), as: UTF8.self).lowercased())
        text = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        while text.hasPrefix("<!--"), let end = text.range(of: "-->") {
            text = text[end.upperBound...].drop { $0.isWhitespace }
        }
        if text.hasPrefix("<?xml") { return text.contains("<html") }
        // A page saved without its doctype or `<html>` may open straight on its head's elements.
        if text.hasPrefix("<!doctype html") { return true }
        return ["<html", "<head", "<body", "<meta", "<title"].contains { tag in
            text.hasPrefix(tag) && !(text.dropFirst(tag.count).first?.isLetter ?? false)
        }
    }
}
