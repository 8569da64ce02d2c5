/// Substring search over bytes (Boyer–Moore–Horspool). Glibc's memmem is not visible to Swift on
/// Linux without _GNU_SOURCE, and this is as fast for the needles people type.
struct ByteSearch {
    private let needle: [UInt8]
    private var skip = [Int](repeating: 0, count: 256)

    init(_ needle: [UInt8]) {
        self.needle = needle
        for index in 0..<256 { skip[index] = needle.count }
        for (index, byte) in needle.dropLast().enumerated() { skip[Int(byte)] = needle.count - 1 - index }
    }

    /// Calls `body` with the start of every occurrence in `haystack`, overlapping ones included.
    func forEachOccurrence(in haystack: UnsafeRawBufferPointer, _ body: (Int) -> Void) {
        let count = needle.count
        guard count > 0, haystack.count >= count else { return }
        needle.withUnsafeBufferPointer { pattern in
            skip.withUnsafeBufferPointer { skip in
                let last = count - 1
                let lastByte = pattern[last]
                var position = 0
                let limit = haystack.count - count
                while position <= limit {
                    let byte = haystack[position + last]
                    if byte == lastByte {
                        var index = last - 1
                        while index >= 0 && haystack[position + index] == pattern[index] { index -= 1 }
                        if index < 0 { body(position) }
                    }
                    position += skip[Int(byte)]
                    if skip[Int(byte)] == 0 { position += 1 }
                }
            }
        }
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        var found = false
        haystack.withUnsafeBytes { bytes in
            ByteSearch(needle).forEachOccurrence(in: bytes) { _ in found = true }
        }
        return found
    }
}
