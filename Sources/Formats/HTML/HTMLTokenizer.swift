/// A token of a web page: what the tree builder needs, nothing of comments or doctypes.
enum HTMLToken: Equatable {
    case startTag(name: String, attributes: [String: String], selfClosing: Bool)
    case endTag(name: String)
    case text(String)
}

/// A small, tolerant tokenizer after the WHATWG rules that matter for reading a page's text: tags with
/// attributes (quoted, unquoted, bare), comments and bogus comments (`<!…>`, `<?…>`, and `<![CDATA[…`,
/// which HTML, unlike XML, treats as a comment), character references, the raw text of `<script>`,
/// `<style>` and the like, and a `<` that opens no tag read as text. casebook uses its own rather than
/// libxml2's HTML parser so that the installed binary needs no library beyond the system's C libraries
/// and ncurses (the install test checks `ldd`), and because it reads saved pages, not arbitrary markup.
/// It never fails: every byte is either text or part of some token, and each step moves forward.
struct HTMLTokenizer {
    private let bytes: [UInt8]
    private var position = 0
    /// After a `<script>`, `<style>` …: read as text up to its end tag.
    private var rawTextEnd: String?
    private var rawTextDecodesReferences = false

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Elements whose content is text up to their end tag; `title` and `textarea` decode references.
    static let rawTextElements: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea"]

    mutating func next() -> HTMLToken? {
        if let end = rawTextEnd { return rawText(until: end) }
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "<"), let token = markup() {
                if let token { return token }
                continue
            }
            return text()
        }
        return nil
    }

    // MARK: Text

    /// Text up to the next `<` that may open markup (a `<` not followed by a letter, "/", "!" or "?" is text).
    private mutating func text() -> HTMLToken {
        let start = position
        position += 1
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "<"), position + 1 < bytes.count, opensMarkup(bytes[position + 1]) { break }
            position += 1
        }
        return .text(HTMLEntities.decode(slice(start, position)))
    }

    private func opensMarkup(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    private mutating func rawText(until name: String) -> HTMLToken? {
        rawTextEnd = nil
        let start = position
        let closing = Array("</\(name)".utf8)
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "<"), matchesIgnoringCase(closing, at: position) {
                let after = position + closing.count
                if after >= bytes.count || isSpace(bytes[after]) || bytes[after] == UInt8(ascii: "/") || bytes[after] == UInt8(ascii: ">") { break }
            }
            position += 1
        }
        let raw = slice(start, position)
        return raw.isEmpty ? next() : .text(rawTextDecodesReferences ? HTMLEntities.decode(raw) : String(raw))
    }

    // MARK: Markup

    /// At a `<`: a tag (a token), a comment or the like (nil inside: nothing to hand on), or nil when the
    /// `<` opens nothing and is text.
    private mutating func markup() -> HTMLToken?? {
        guard position + 1 < bytes.count else { return nil }
        let next = bytes[position + 1]
        if next == UInt8(ascii: "!") {
            if matchesIgnoringCase(Array("<!--".utf8), at: position) { comment() } else { skipPast(UInt8(ascii: ">"), from: position + 2) }
            return .some(nil)
        }
        if next == UInt8(ascii: "?") {
            skipPast(UInt8(ascii: ">"), from: position + 2)
            return .some(nil)
        }
        if next == UInt8(ascii: "/") {
            guard position + 2 < bytes.count else { return nil }
            if isASCIILetter(bytes[position + 2]) {
                position += 2
                let name = tagName()
                _ = attributes()
                return .some(.endTag(name: name))
            }
            // "</>" is dropped; "</ …>" and "</1…>" are bogus comments.
            skipPast(UInt8(ascii: ">"), from: position + 2)
            return .some(nil)
        }
        guard isASCIILetter(next) else { return nil }
        position += 1
        let name = tagName()
        let (attributes, selfClosing) = attributes()
        if Self.rawTextElements.contains(name) {
            rawTextEnd = name
            rawTextDecodesReferences = name == "title" || name == "textarea"
        }
        return .some(.startTag(name: name, attributes: attributes, selfClosing: selfClosing))
    }

    /// `<!-- … -->`, also the abrupt `<!-->` and `<!--->`; an unclosed comment runs to the end.
    private mutating func comment() {
        let start = position + 4
        for abrupt in [">", "->"] where matchesIgnoringCase(Array(abrupt.utf8), at: start) {
            position = start + abrupt.utf8.count
            return
        }
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: ">") {
                position = index + 3
                return
            }
            index += 1
        }
        position = bytes.count
    }

    private mutating func skipPast(_ byte: UInt8, from start: Int) {
        var index = start
        while index < bytes.count, bytes[index] != byte { index += 1 }
        position = min(index + 1, bytes.count)
    }

    private mutating func tagName() -> String {
        let start = position
        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: "/"), bytes[position] != UInt8(ascii: ">") {
            position += 1
        }
        return String(slice(start, position)).lowercased()
    }

    /// The attributes up to and past the tag's `>` (the first wins when a name repeats), and whether it ended with "/>".
    private mutating func attributes() -> ([String: String], Bool) {
        var attributes: [String: String] = [:]
        var selfClosing = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                return (attributes, selfClosing)
            }
            if isSpace(byte) || byte == UInt8(ascii: "/") {
                selfClosing = byte == UInt8(ascii: "/")
                position += 1
                continue
            }
            selfClosing = false
            let nameStart = position
            position += 1  // A name may start with "=", as WHATWG allows.
            while position < bytes.count, !isSpace(bytes[position]), !"/>=".utf8.contains(bytes[position]) { position += 1 }
            let name = String(slice(nameStart, position)).lowercased()
            skipSpaces()
            var value = ""
            if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                position += 1
                skipSpaces()
                value = attributeValue()
            }
            if attributes[name] == nil { attributes[name] = value }
        }
        return (attributes, selfClosing)
    }

    private mutating func attributeValue() -> String {
        guard position < bytes.count else { return "" }
        let quote = bytes[position]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = position + 1
            var end = start
            while end < bytes.count, bytes[end] != quote { end += 1 }
            position = min(end + 1, bytes.count)
            return HTMLEntities.decode(slice(start, end))
        }
        let start = position
        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
        return HTMLEntities.decode(slice(start, position))
    }

    private mutating func skipSpaces() {
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
    }

    // MARK: Bytes

    /// The bytes as text; a range that starts or ends inside a character (never, cut as it is at ASCII)
    /// would decode with a replacement character rather than fail.
    private func slice(_ start: Int, _ end: Int) -> Substring {
        Substring(String(decoding: bytes[start..<max(start, end)], as: UTF8.self))
    }

    private func matchesIgnoringCase(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where lowercased(bytes[index + offset]) != lowercased(pattern[offset]) { return false }
        return true
    }

    private func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool { (lowercased(byte) >= UInt8(ascii: "a") && lowercased(byte) <= UInt8(ascii: "z")) }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
