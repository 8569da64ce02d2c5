@testable import Content

/// Small hand-built documents, so the tests do not depend on the parser.
enum SampleDocuments {
    static func span(_ line: Int) -> SourceSpan { SourceSpan(line: line) }

    /// Two sections, three recommendations (one with parts, one with a list and term items).
    static let small: ReviewDocument = {
        let first = Recommendation(
            number: 1, heading: "Recommendation 1",
            text: [.paragraph("The partnership should share the learning from this review with every agency.", lines: span(10))],
            response: Response(label: "Action Taken:", blocks: [
                .paragraph("Learning was shared at a multi-agency workshop.", lines: span(14)),
                Block(kind: .list, text: "Four pieces of work followed:", items: [
                    ListItem(marker: "1.", text: "A conference", lines: span(16)),
                    ListItem(marker: "2.", text: "A video involving local people with lived experience of the services", lines: span(17)),
                ], lines: span(15)),
            ], lines: span(12)),
            lines: SourceSpan(10, 17))
        let second = Recommendation(
            number: 2, heading: "Recommendation 2",
            parts: [
                Part(number: 2, label: "a", marker: "a)", blocks: [.paragraph("Seek assurance about return home interviews.", lines: span(20))], lines: span(20)),
                Part(number: 2, label: "b", marker: "b)", blocks: [.paragraph("Seek assurance about prevention interviews.", lines: span(22))], lines: span(22)),
            ],
            response: Response(label: "Action Taken:", blocks: [
                Block(kind: .list, text: "", items: [
                    ListItem(marker: "", term: "Restorative Practice", text: "Training for all staff.", lines: span(26)),
                ], lines: span(26)),
            ], lines: span(24)),
            lines: SourceSpan(19, 26))
        let third = Recommendation(
            number: 3, heading: "Recommendation 3", title: "Missing children",
            text: [.paragraph("Keep the use of exclusion to a minimum.", lines: span(30))],
            lines: SourceSpan(29, 30))
        return ReviewDocument(
            source: "sample.txt",
            titleLines: ["Sample Partnership", "Response to the Sample Review"],
            introduction: [.paragraph("This document answers the review.", lines: span(3))],
            sections: [
                Section(title: "Learning from the case", recommendations: [first, second], lines: SourceSpan(8, 26)),
                Section(title: "Generic learning", recommendations: [third], lines: SourceSpan(28, 30)),
            ])
    }()

    /// Wide characters, curly quotes and a control character, to check columns and escaping.
    static let unicode: ReviewDocument = {
        let recommendation = Recommendation(
            number: 1, heading: "Recommendation 1", title: "“Safe” 子ども",
            text: [.paragraph("日本語の文章はとても長いので折り返す必要があります。 “Quoted” text \u{1B}[31mred.", lines: span(5))],
            lines: span(5))
        return ReviewDocument(source: "unicode.txt", titleLines: ["子どもの安全 “Review”"],
                              sections: [Section(title: nil, recommendations: [recommendation], lines: span(5))])
    }()
}
