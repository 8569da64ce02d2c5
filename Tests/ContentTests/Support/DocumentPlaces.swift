@testable import Content

extension ReviewDocument {
    /// Every block in reading order.
    var allBlocks: [Block] {
        introduction + sections.flatMap { section in
            section.blocks + section.recommendations.flatMap { recommendation in
                recommendation.text + recommendation.parts.flatMap(\.blocks) + (recommendation.response?.blocks ?? [])
            }
        }
    }

    /// The blocks at a sidecar place: nil → everywhere, "introduction", "3", "3b", "3 response".
    /// nil when the place does not exist in this document.
    func blocks(at place: String?) -> [Block]? {
        guard let place else { return allBlocks }
        if place == "introduction" { return introduction }
        let isResponse = place.hasSuffix(" response")
        guard let id = ItemID(parsing: isResponse ? String(place.dropLast(" response".count)) : place) else { return nil }
        if isResponse { return recommendation(id)?.response?.blocks }
        if id.part != nil { return part(id)?.blocks }
        return recommendation(id)?.text
    }
}
