/// One recommendation of a library review as the themes and agencies matrices show it: derived at
/// import and read from the library's table, so the matrices parse no review.
public struct LibraryRecommendation: Sendable, Hashable {
    public var document: Int
    public var number: Int
    /// What a matrix cell's list shows for it: its title, else its first words, else its heading.
    public var title: String
    public var themes: [String]
    /// The agencies it is addressed to, by their display names (the agencies matrix's rows).
    public var addressedTo: [String]
    /// The letters of its code ("PR" for PR2; "" for a plain number, and for a library's rows stored before
    /// codes were), so a matrix cell names it and opens it as written, not as the E2 that shares its number.
    public var series: String

    /// Its code as the document writes it: "PR2", "5".
    public var code: String { series + "\(number)" }

    public init(document: Int, number: Int, title: String, themes: [String], addressedTo: [String], series: String = "") {
        self.series = series
        self.document = document
        self.number = number
        self.title = title
        self.themes = themes
        self.addressedTo = addressedTo
    }
}

/// One commitment a library review's response makes, as the tracker across reviews lists it.
public struct LibraryCommitment: Sendable, Hashable {
    public var document: Int
    /// The recommendation's number.
    public var recommendation: Int
    /// The sentence as written.
    public var sentence: String
    public var owner: String?
    /// The due period ("Q3 2021/22").
    public var due: String?
    /// "promised" or "under way".
    public var status: String
    /// The words that make the sentence a commitment ("will be undertaken").
    public var words: String
    /// The sentence's first source line.
    public var line: Int?
    /// "Recommendation 3, line 43": where the sentence is.
    public var citation: String
    /// Which of the document's recommendations, counted from 0 in its order: two may share a number
    /// ("E2" and "PR2"), and a filter by a recommendation's facts must tell them apart.
    public var position: Int
    /// The letters of its recommendation's code ("PR" for PR2); "" for a plain number.
    public var series: String

    /// Its recommendation as the document writes it: "PR2", "5".
    public var code: String { series + "\(recommendation)" }

    public init(document: Int, recommendation: Int, sentence: String, owner: String?, due: String?, status: String,
                words: String, line: Int?, citation: String, position: Int, series: String = "") {
        self.position = position
        self.series = series
        self.document = document
        self.recommendation = recommendation
        self.sentence = sentence
        self.owner = owner
        self.due = due
        self.status = status
        self.words = words
        self.line = line
        self.citation = citation
    }
}
