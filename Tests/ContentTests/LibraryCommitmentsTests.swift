import Content
import Testing

/// The packed commitments give back every commitment as it went in, in order, whatever it holds.
@Suite struct LibraryCommitmentsTests {
    @Test func everyCommitmentComesBackWhole() {
        let commitments = [
            LibraryCommitment(document: 12, recommendation: 5, sentence: "An audit will be undertaken by the police.", owner: "Police",
                              due: "Q3 2021/22", status: "promised", words: "will be undertaken", line: 84,
                              citation: "Recommendation 5, line 84", position: 4),
            // No owner, due period nor line; a citation of its own kind; an empty sentence; accents.
            LibraryCommitment(document: 3, recommendation: 2, sentence: "", owner: nil, due: nil, status: "under way", words: "",
                              line: nil, citation: "Recommendation 2", position: 1),
            LibraryCommitment(document: 3, recommendation: 2, sentence: "Le référé sera revu.", owner: "Police", due: nil,
                              status: "promised", words: "sera", line: 7, citation: "Recommendation 2b, line 7", position: 3),
            // A coded recommendation (PR2), its citation the usual one for its code.
            LibraryCommitment(document: 3, recommendation: 2, sentence: "Flags will be added.", owner: nil, due: nil,
                              status: "promised", words: "will be added", line: 9, citation: "Recommendation PR2, line 9", position: 5,
                              series: "PR"),
        ]
        let packed = LibraryCommitments(commitments)
        #expect(packed.count == 4)
        #expect(packed.code(at: 3) == "PR2" && packed.code(at: 2) == "2")
        #expect(Array(packed) == commitments)
        #expect(packed.recommendation(at: 2) == (3, 2, 3))
        var more = packed
        more.append(commitments[0])
        #expect(Array(more) == commitments + [commitments[0]])
        #expect(more != packed && LibraryCommitments(commitments) == packed)
    }
}
