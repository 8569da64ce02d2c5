import Content
import Search
import Testing

/// `doc:`, `org:` and `year:` on one document opened on its own: answered from its title lines and
/// the first date of its opening paragraphs.
@Suite struct DocumentFacetsTests {
    let childJ = DocumentLoader.builtInDocument()

    func count(_ query: String, facts: DocumentFacts? = nil) throws -> Int {
        try SearchIndex(document: childJ, facts: facts).run(SearchQuery(parsing: query)).recommendations.count
    }

    @Test func theBuiltInDocumentAnswersFromItsOwnTitle() throws {
        #expect(DocumentFacts(document: childJ).year == 2019)
        #expect(try count("year:2019") == 10)
        #expect(try count("year:2015..2020") == 10)
        #expect(try count("year:2021") == 0)
        #expect(try count("org:portsmouth") == 10)
        #expect(try count("-org:portsmouth") == 0)
        #expect(try count("doc:\"child j\"") == 10)
        #expect(try count("doc:3") == 0)
    }

    @Test func aLibrarysFactsWin() throws {
        let facts = DocumentFacts(id: 3, title: "Child Z", organisation: "Elsewhere", year: 2001)
        #expect(try count("doc:3", facts: facts) == 10)
        #expect(try count("org:portsmouth", facts: facts) == 0)
        #expect(try count("year:2001 org:elsewhere", facts: facts) == 10)
    }

    @Test func aYearIsFoundInAShortDateLineOrAMonthInTheProse() {
        func year(_ text: String) -> Int? { DocumentFacts.year(of: ReviewParser.parse(text, source: "x.txt")) }
        #expect(year("Northmoor Partnership\n\nResponse to the Review of Child A\n\nPublished: 14/03/2021\n\nThe review.\n") == 2021)
        #expect(year("Northmoor Partnership\n\nResponse to the Review of Child A\n\nChild A was hurt in May 2018 at home.\n") == 2018)
        #expect(year("Northmoor Partnership\n\nResponse to the Review of Child A\n\nThere were 2019 referrals.\n") == nil)
    }
}
