@testable import Content
import Foundation
import Testing

/// A span keeps its lines in 32 bits (issue 14, memory) and is written and read as before.
@Suite struct SourceSpanTests {
    @Test func writesAndReadsItsLinesAsBefore() throws {
        let span = SourceSpan(12, 40)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(span), as: UTF8.self) == #"{"first":12,"last":40}"#)
        #expect(try JSONDecoder().decode(SourceSpan.self, from: Data(#"{"first":3,"last":2}"#.utf8)) == SourceSpan(line: 3))
        #expect(MemoryLayout<SourceSpan>.size == 8)
    }

    @Test func keepsItsLastLineAtOrAfterItsFirst() {
        var span = SourceSpan(5, 1)
        #expect(span.first == 5 && span.last == 5)
        span.last = 9
        #expect(span == SourceSpan(5, 9) && span.contains(line: 7) && !span.contains(line: 10))
    }
}
