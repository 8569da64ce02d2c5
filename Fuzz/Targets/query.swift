import Search

// The query parser: any text either parses or is refused with a message; it never crashes or hangs.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    do {
        let query = try SearchQuery(parsing: text)
        _ = query.positiveTerms
    } catch {
        if error.message.isEmpty { fatalError("a refused query without a message") }
    }
    return 0
}
