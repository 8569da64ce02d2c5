import Content
import Foundation
import Learning

/// Writes `ExportModel.Document` as `JSONExporter.encode` would, byte for byte, without building it
/// whole: the document's and sections' own fields are written here (in sorted key order), and the
/// arrays (blocks, recommendations, warnings) are encoded a batch at a time and indented into place.
/// Encoding the whole model at once held every value of a large document several times over
/// (100,000 recommendations took 400 MB).
struct JSONDocumentStream {
    /// Elements encoded per call: few enough to stay small, enough to keep the calls few.
    static let batchSize = 256
    /// Recommendations per call: each carries its derived facts and their evidence (some 16 KB of
    /// JSON in the bench's inquiry), so 256 of them encoded at once were 20 MB.
    static let recommendationBatchSize = 16

    private let encoder: JSONEncoder
    private let learning: LearningIndex
    private let write: (String) -> Void

    /// `learning` gives each recommendation its `derived` facts.
    init(learning: LearningIndex, write: @escaping (String) -> Void) {
        self.learning = learning
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        self.write = write
    }

    func document(_ document: ReviewDocument) throws {
        try object(depth: 0, [
            ("introduction", { try batched(document.introduction, depth: $0, ExportModel.Block.init) }),
            ("organisation", { try value(document.organisation, depth: $0) }),
            ("sections", { depth in
                // `learning.recommendations` follows `document.recommendations`, section after section.
                var first = 0
                try array(document.sections, depth: depth) { section in
                    try self.section(section, depth: depth + 1, firstRecommendation: first)
                    first += section.recommendations.count
                }
            }),
            ("source", { try value(document.source, depth: $0) }),
            ("title", { try value(document.title, depth: $0) }),
            ("titleLines", { try batched(document.titleLines, depth: $0) { $0 } }),
            ("warnings", { try batched(document.warnings, depth: $0, \.description) }),
        ])
        write("\n")
    }

    private func section(_ section: Content.Section, depth: Int, firstRecommendation first: Int) throws {
        try object(depth: depth, [
            ("blocks", { try batched(section.blocks, depth: $0, ExportModel.Block.init) }),
            ("lines", { try value(section.lines, depth: $0) }),
            ("recommendations", { depth in
                // By index: an array of every (offset, recommendation) pair was a copy of them all.
                try batched(section.recommendations.indices, depth: depth, size: Self.recommendationBatchSize) { offset in
                    var exported = ExportModel.Recommendation(section.recommendations[offset])
                    let index = first + offset
                    // One recommendation's facts at a time, as it is written.
                    if index < learning.recommendationCount {
                        exported.derived = ExportModel.Derived(learning.learning(at: index, keep: false))
                    }
                    return exported
                }
            }),
            ("title", { try value(section.title, depth: $0) }),
        ])
    }

    /// An array encoded a batch of elements at a time: each batch is laid out as an array's elements
    /// already, so only its brackets are dropped and its lines moved in.
    private func batched<Elements: RandomAccessCollection<Element>, Element, Encoded: Encodable>(
        _ elements: Elements, depth: Int, size: Int = batchSize, _ encodable: (Element) -> Encoded) throws where Elements.Index == Int {
        guard !elements.isEmpty else { return write("[\n\n" + indent(depth) + "]") }
        write("[\n")
        for start in stride(from: 0, to: elements.count, by: size) {
            if start > 0 { write(",\n") }
            let batch = elements[start..<min(start + size, elements.count)]
            let encoded = try encoded(batch.map(encodable), depth: depth)
            // "[\n" + elements + "\n" + indent + "]": the elements alone.
            write(String(encoded.dropFirst(2).dropLast(depth * 2 + 2)))
        }
        write("\n" + indent(depth) + "]")
    }

    private func object(depth: Int, _ fields: [(key: String, write: (Int) throws -> Void)]) throws {
        write("{\n")
        for (index, field) in fields.enumerated() {
            write(indent(depth + 1) + "\"" + field.key + "\" : ")
            try field.write(depth + 1)
            write(index == fields.count - 1 ? "\n" : ",\n")
        }
        write(indent(depth) + "}")
    }

    private func array<Element>(_ elements: [Element], depth: Int, _ element: (Element) throws -> Void) throws {
        guard !elements.isEmpty else { return write("[\n\n" + indent(depth) + "]") }
        write("[\n")
        for (index, item) in elements.enumerated() {
            write(indent(depth + 1))
            try element(item)
            write(index == elements.count - 1 ? "\n" : ",\n")
        }
        write(indent(depth) + "]")
    }

    private func value(_ value: some Encodable, depth: Int) throws {
        write(try encoded(value, depth: depth))
    }

    /// `value` encoded as it would be at `depth`: every line after the first moved in (blank lines,
    /// which an empty array has, stay empty).
    private func encoded(_ value: some Encodable, depth: Int) throws -> String {
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        guard depth > 0, text.utf8.contains(UInt8(ascii: "\n")) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            index == 0 || line.isEmpty ? String(line) : indent(depth) + line
        }.joined(separator: "\n")
    }

    private func indent(_ depth: Int) -> String { String(repeating: " ", count: depth * 2) }
}
