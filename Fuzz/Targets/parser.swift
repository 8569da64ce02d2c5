import Content
import Foundation

// The document parser: any bytes are read as the loader reads a file, and the model must hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let document = try? DocumentLoader.parse(data, source: "fuzz") else { return 0 }
    // Every id the model has is found by the look-ups `show` uses (a repeated number finds its first).
    for recommendation in document.recommendations {
        guard let found = document.recommendation(recommendation.id) else { fatalError("\(recommendation.id) not found") }
        for part in found.parts where document.part(part.id) == nil { fatalError("\(part.id) not found") }
    }
    return 0
}
