import GRDB
import GRDBSQLite

/// `casebook_snippet(passage, column, open, close, ellipsis, tokens)`: FTS5's `snippet()` for one
/// column, the same excerpt in time linear in the passage and its matches. SQLite's own reads every
/// match of the passage again for each match: a passage with 80,000 matches of the word searched
/// took 83 s, now a fraction of a second (see `SnippetChoice`).
enum LinearSnippetFunction {
    static let name = "casebook_snippet"

    /// Adds the function to a connection (FTS5 keeps it until the connection closes).
    static func register(in db: Database) throws {
        let api = FTS5.api(db)
        guard let create = api.pointee.xCreateFunction else { throw DatabaseError(resultCode: .SQLITE_ERROR) }
        let code = create(UnsafeMutablePointer(mutating: api), name, nil, { api, fts, context, count, values in
            guard let api, let values else { return }
            LinearSnippetFunction.run(api, fts, context, Int(count), values)
        }, nil)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }

    private static func run(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?, _ context: OpaquePointer?,
                            _ count: Int, _ values: UnsafeMutablePointer<OpaquePointer?>) {
        guard count == 5 else {
            sqlite3_result_error(context, "wrong number of arguments to function \(name)()", -1)
            return
        }
        let calls = api.pointee
        let column = sqlite3_value_int(values[0])
        let tokens = Int(sqlite3_value_int(values[4]))
        // Every phrase's length, and the matches in the column asked for, once.
        let phraseSizes = (0..<calls.xPhraseCount!(fts)).map { Int(calls.xPhraseSize!(fts, $0)) }
        var instanceCount: Int32 = 0
        var code = calls.xInstCount!(fts, &instanceCount)
        var instances: [SnippetInstance] = []
        instances.reserveCapacity(Int(instanceCount))
        for index in 0..<instanceCount where code == SQLITE_OK {
            var (phrase, matchColumn, offset): (Int32, Int32, Int32) = (0, 0, 0)
            code = calls.xInst!(fts, index, &phrase, &matchColumn, &offset)
            if matchColumn == column { instances.append(SnippetInstance(phrase: Int(phrase), offset: Int(offset))) }
        }
        var textPointer: UnsafePointer<CChar>?
        var textLength: Int32 = 0
        var columnSize: Int32 = 0
        if code == SQLITE_OK { code = calls.xColumnText!(fts, column, &textPointer, &textLength) }
        if code == SQLITE_OK { code = calls.xColumnSize!(fts, column, &columnSize) }
        guard code == SQLITE_OK else { sqlite3_result_error_code(context, code); return }
        guard let textPointer else { sqlite3_result_null(context); return }
        let text = UnsafeBufferPointer(start: UnsafeRawPointer(textPointer).assumingMemoryBound(to: UInt8.self), count: Int(textLength))
        var passageTokens: [SnippetHighlight.Token] = []
        code = withUnsafeMutablePointer(to: &passageTokens) { list in
            calls.xTokenize!(fts, textPointer, textLength, list) { list, flags, _, _, start, end in
                // Colocated tokens (synonyms) take no position.
                if flags & FTS5_TOKEN_COLOCATED == 0 {
                    list?.assumingMemoryBound(to: [SnippetHighlight.Token].self).pointee
                        .append(SnippetHighlight.Token(start: Int(start), end: Int(end)))
                }
                return SQLITE_OK
            }
        }
        guard code == SQLITE_OK else { sqlite3_result_error_code(context, code); return }
        guard let start = SnippetChoice.start(of: instances, phraseSizes: phraseSizes,
                                              sentenceStarts: sentenceStarts(passageTokens, in: text),
                                              columnSize: Int(columnSize), tokens: tokens) else {
            sqlite3_result_error_code(context, corrupt)
            return
        }
        let highlight = SnippetHighlight(text: text, open: bytes(values[1]), close: bytes(values[2]), ellipsis: bytes(values[3]))
        let excerpt = highlight.excerpt(start: start, tokens: tokens, instances: instances, phraseSizes: phraseSizes,
                                        passageTokens: passageTokens, columnSize: Int(columnSize))
        // An empty excerpt is still text (SQLite's is ""), never NULL.
        guard !excerpt.isEmpty else { sqlite3_result_text(context, "", 0, transient); return }
        excerpt.withUnsafeBytes { buffer in
            sqlite3_result_text(context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), transient)
        }
    }

    /// The tokens that start a sentence as FTS5 finds them: the first, and each after white space
    /// that follows a full stop or a colon.
    static func sentenceStarts(_ tokens: [SnippetHighlight.Token], in text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts: [Int] = []
        for (position, token) in tokens.enumerated() {
            guard position > 0 else { starts.append(0); continue }
            var index = token.start - 1
            var byte: UInt8 = 0
            while index >= 0 {
                byte = text[index]
                if byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { break }
                index -= 1
            }
            if index != token.start - 1 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")) { starts.append(position) }
        }
        return starts
    }

    /// An argument's text (none for NULL).
    private static func bytes(_ value: OpaquePointer?) -> [UInt8] {
        guard let text = sqlite3_value_text(value) else { return [] }
        return Array(UnsafeBufferPointer(start: text, count: Int(sqlite3_value_bytes(value))))
    }

    /// SQLite copies the result (`SQLITE_TRANSIENT`, a macro Swift does not import).
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
    /// `SQLITE_CORRUPT_VTAB` (also a macro): what SQLite's `snippet()` reports for a match past the passage's end.
    private static let corrupt: Int32 = 267
}
