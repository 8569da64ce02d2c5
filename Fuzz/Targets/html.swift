import Content
@testable import Formats
import Foundation

// The web page reader: any bytes, read as a saved page (behind a doctype, so every input reaches the
// reader) and as they are; opening ends with a model or one line, and the model must hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    for input in [Data("<!doctype html>".utf8) + data, data] {
        // As DocumentOpener opens a web page (the fuzz build has only the web page reader of Formats).
        guard case .success(.html) = DocumentFormat.detect(input, name: "fuzz.html"),
              let extracted = try? HTMLReader.extract(input, source: "fuzz.html") else { continue }
        let document = ReviewParser.parse(extracted, source: "fuzz.html")
        for recommendation in document.recommendations {
            guard let found = document.recommendation(recommendation.id) else { fatalError("\(recommendation.id) not found") }
            for part in found.parts where document.part(part.id) == nil { fatalError("\(part.id) not found") }
        }
    }
    return 0
}
