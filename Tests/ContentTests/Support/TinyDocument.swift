@testable import Content

/// A minimal document around `body`, for the rule tests: two title lines and one introduction paragraph.
func tinyDocument(_ body: String, source: String) -> ReviewDocument {
    ReviewParser.parse("Anytown Safeguarding Children Partnership\n\nResponse to Child Q\n\nThe introduction.\n\n" + body, source: source, explaining: true)
}
