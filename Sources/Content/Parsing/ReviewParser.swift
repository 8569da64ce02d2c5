/// Turns the text of a review response into a `ReviewDocument`. (Being written.)
public enum ReviewParser {
    public static func parse(_ text: String, source: String) -> ReviewDocument {
        ReviewDocument(source: source)
    }
}
