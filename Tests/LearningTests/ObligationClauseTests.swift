import Testing
@testable import Learning

/// "X should": the one subject-and-modal rule behind addressees and the outline's gist leads.
@Suite struct ObligationClauseTests {
    @Test func aLeadIsAShortCapitalisedSubjectAndItsModal() {
        #expect(ObligationClause.lead(of: "The PSCP should highlight this case.") == "The PSCP should ")
        #expect(ObligationClause.lead(of: "The PSCP Independent Chair should write to the Ministry.")
                == "The PSCP Independent Chair should ")
        #expect(ObligationClause.lead(of: "Schools must record every exclusion.") == "Schools must ")
    }

    @Test func noLeadWithoutAClauseThatStartsTheText() {
        #expect(ObligationClause.lead(of: "For children placed outside, the PSCP should seek assurance.") == nil)
        #expect(ObligationClause.lead(of: "a) The PSCP should seek assurance.") == nil)
        #expect(ObligationClause.lead(of: "Highlight this case to strategic leaders.") == nil)
        #expect(ObligationClause.lead(of: "One two three four five six seven should act.") == nil)
        #expect(ObligationClause.lead(of: "The PSCP should") == nil)
    }

    @Test func aSecondVerbOfAnEarlierSubjectIsNoClause() {
        let tokens = WordTokens("This issue should be highlighted and should feature in the response; the PSCP must act.")
        let modals = ObligationClause.clauses(in: tokens).map { tokens.tokens[$0.modal].text }
        #expect(modals == ["should", "must"])
    }
}
