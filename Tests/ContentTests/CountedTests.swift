import Content
import Testing

/// One helper writes a count with its noun for every module that prints one (check, data, the notes offer).
@Suite struct CountedTests {
    @Test func oneIsSingularAnyOtherCountPlural() {
        #expect(Counted.of(1, "note") == "1 note")
        #expect(Counted.of(0, "mark") == "0 marks")
        #expect(Counted.of(12, "response block") == "12 response blocks")
        #expect(Counted.of(1, "bad line", plural: "bad lines") == "1 bad line")
        #expect(Counted.of(2, "match", plural: "matches") == "2 matches")
    }
}
