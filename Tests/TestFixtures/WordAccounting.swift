import Content

// "Nothing lost": every word of the source, except recognised page furniture, appears in the model exactly
// once and in source order. These helpers flatten both sides into word sequences that can be compared.

/// Splits on any whitespace (form feeds and non-breaking layout included) and on U+FEFF, which the parser
/// trims as layout (a byte-order mark left mid-text where two files were joined), as it trims spaces.
public func words(_ text: String) -> [String] {
    text.split { $0.isWhitespace || $0 == "\u{FEFF}" }.map(String.init)
}

/// The model's text in reading order: title lines, introduction, then per section its title and blocks and
/// per recommendation its heading, title, text, parts (marker, blocks) and response (label, blocks).
public func modelPieces(_ document: ReviewDocument) -> [String] {
    var pieces = document.titleLines
    pieces += document.introduction.flatMap(blockPieces)
    for section in document.sections {
        pieces += [section.title].compactMap { $0 }
        pieces += section.blocks.flatMap(blockPieces)
        for recommendation in section.recommendations {
            pieces.append(recommendation.heading)
            pieces += [recommendation.title].compactMap { $0 }
            pieces += recommendation.text.flatMap(blockPieces)
            for part in recommendation.parts {
                pieces.append(part.marker)
                pieces += part.blocks.flatMap(blockPieces)
            }
            pieces += recommendationPiecesAfterParts(recommendation)
        }
    }
    return pieces
}

/// A recommendation's response (its label, unless a table column's name written once in the header
/// row) and its fields (table cells kept under their column's name).
func recommendationPiecesAfterParts(_ recommendation: Recommendation) -> [String] {
    var pieces: [String] = []
    if let response = recommendation.response {
        if !response.labelIsColumn { pieces.append(response.label) }
        pieces += response.blocks.flatMap(blockPieces)
    }
    return pieces + recommendation.fields.map(\.text)
}

/// A table row's words as the model holds them: number cell, recommendation, response, fields.
public func tableRowWords(_ recommendation: Recommendation) -> [String] {
    ([recommendation.heading] + recommendation.text.flatMap(blockPieces) + recommendationPiecesAfterParts(recommendation)).flatMap(words)
}

/// The lines the parser read as a table's header or rows, where a lone "/" is a cell separator, not a word.
public func tableLines(_ document: ReviewDocument) -> Set<Int> {
    Set(document.lineRules.filter { $0.shape == .tableHeader || $0.shape == .tableRow }.flatMap { Array($0.lines.first...$0.lines.last) })
}

/// A block's text with each list item's marker before the item (`Block.textPieces` leaves markers out).
public func blockPieces(_ block: Block) -> [String] {
    [block.text] + block.items.flatMap { [$0.marker, $0.fullText] }
}

public func modelWords(_ document: ReviewDocument) -> [String] {
    modelPieces(document).flatMap(words)
}

/// The source's words, leaving out whole lines the parser recognised as page numbers or running headers.
/// A page break is only a form feed, which is whitespace, so a page-break line keeps any prose on it;
/// a web page's furniture was never a line of the text (its line only says where it stood).
/// On `tableLines`, a lone "/" (a cell separator) is left out too.
public func sourceWords(_ text: String, minus furniture: [FurnitureLine], tableLines: Set<Int> = []) -> [String] {
    let furnitureLines = Set(furniture.filter { $0.kind != .pageBreak && $0.kind != .webPageElement }.map(\.line))
    let lines = SourceText(text)
    return (1...max(lines.count, 1))
        .filter { !furnitureLines.contains($0) }
        .flatMap { number in words(lines.text(ofLine: number)).filter { !(tableLines.contains(number) && $0 == "/") } }
}

/// nil when the sequences are equal; otherwise where they first differ, with five words either side.
public func wordMismatch(model: [String], source: [String]) -> String? {
    guard model != source else { return nil }
    let index = zip(model, source).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(model.count, source.count)
    func around(_ words: [String]) -> String {
        let lower = max(0, index - 5), upper = min(words.count, index + 6)
        guard lower < upper else { return "(end)" }
        return words[lower..<upper].enumerated().map { offset, word in
            lower + offset == index ? "⟦\(word)⟧" : word
        }.joined(separator: " ")
    }
    return """
        words differ at index \(index) (model has \(model.count) words, source \(source.count)):
          model:  \(around(model))
          source: \(around(source))
        """
}
