import Foundation

/// Decodes a saved web page's bytes: a byte-order mark first, then the page's own `<meta charset>`
/// (or `http-equiv` Content-Type), then UTF-8 if the bytes are valid UTF-8, else windows-1252, what
/// browsers fall back to for Western pages.
enum HTMLCharset {
    enum Encoding: Equatable { case utf8, windows1252, utf16LittleEndian, utf16BigEndian }

    /// The text, and a warning when bytes could not be decoded as the page said.
    static func decode(_ data: Data) -> (text: String, warning: String?) {
        let bytes = [UInt8](data)
        let (encoding, skip) = detect(bytes)
        let body = bytes.dropFirst(skip)
        switch encoding {
        case .windows1252:
            return (Windows1252.decode(body), nil)
        case .utf16LittleEndian, .utf16BigEndian:
            let text = String(data: Data(body), encoding: encoding == .utf16LittleEndian ? .utf16LittleEndian : .utf16BigEndian)
            return text.map { ($0, nil) } ?? (String(decoding: body, as: UTF8.self), "the page is not valid UTF-16")
        case .utf8:
            if let text = String(validating: body, as: UTF8.self) { return (text, nil) }
            let text = String(decoding: body, as: UTF8.self)
            let bad = text.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
            return (text, "the page is not valid UTF-8: \(bad) undecodable sequence(s) shown as \u{FFFD}")
        }
    }

    /// The encoding and how many leading bytes (a byte-order mark) to skip.
    static func detect(_ bytes: [UInt8]) -> (Encoding, Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        if let declared = declared(in: bytes.prefix(4096)) { return (declared, 0) }
        return (String(validating: bytes, as: UTF8.self) != nil ? .utf8 : .windows1252, 0)
    }

    /// The charset a `<meta>` in the first bytes names, when casebook knows it.
    static func declared(in head: ArraySlice<UInt8>) -> Encoding? {
        // The head is ASCII wherever a charset can be named, so any decoding finds it.
        let text = Windows1252.decode(head).lowercased()
        var rest = Substring(text)
        while let meta = rest.range(of: "<meta") {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[meta.upperBound..<tagEnd]
            if let charset = tag.range(of: "charset") {
                let value = tag[charset.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                    .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if let encoding = encoding(named: String(value)) { return encoding }
            }
            rest = rest[tagEnd...]
        }
        return nil
    }

    /// WHATWG's labels for the encodings casebook reads; Latin-1 and ASCII labels mean windows-1252.
    static func encoding(named label: String) -> Encoding? {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
             "us-ascii", "ascii", "iso-8859-15", "iso8859-15", "latin-9", "cp819", "ibm819":
            return .windows1252
        // A page saved as UTF-8 by the browser often keeps a UTF-16 label; browsers read such a page as UTF-8.
        case "utf-16", "utf-16le", "utf-16be": return .utf8
        default: return nil
        }
    }
}
