/// Text waiting to become blocks: a paragraph, a list item, or a sub-heading, with its source lines.
struct TextUnit {
    enum Kind: Equatable {
        case paragraph
        case item(marker: String)
        case heading
    }

    var kind: Kind
    var text: String
    var span: SourceSpan
}
