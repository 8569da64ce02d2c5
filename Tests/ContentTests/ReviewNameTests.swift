@testable import Content
import Testing

/// What people call a review, as the library's rows lead with it and sort by it.
@Suite struct ReviewNameTests {
    @Test(arguments: [
        ("Response to the Serious Case Review of Child J", "Child J"),
        ("Child J", "Child J"),
        ("Learning from Child AB's review", "Child AB"),
        ("Review of Child ABC, 2021", "Child ABC"),
        ("Review of Child ABCD", nil),
        ("Review of Child Jones", nil),
        ("Review of GrandChild J", nil),
        ("Review of Child j", nil),
        ("Review of Child J2", "Child J2"),
        ("Review of Child Jé", nil),
        ("Child ", nil),
        ("Baby S and Child T", "Baby S"),
        ("Children and Child Q", "Child Q"),
        ("Review of Child", nil),
    ] as [(String, String?)])
    func shortNamesTheChild(title: String, name: String?) {
        #expect(ReviewName.short(title) == name)
    }

    /// The family of names reviews go by: who (child, children, baby, adult, young person, sibling,
    /// family) and a name of capitals and digits, a year in brackets left out; and titles that name
    /// nobody, which keep their title.
    @Test(arguments: [
        ("Response to the Review of Child Y70 (2014)", "Child Y70"),
        ("Response to the Review of Child C1", "Child C1"),
        ("Response to the Review of Baby T", "Baby T"),
        ("Response to the Review of Children A and B", "Children A and B"),
        ("Response to the Review of Child LH", "Child LH"),
        ("Response to the Recommendations of the Review of Child X86 (2022)", "Child X86"),
        ("Learning from Child J7", "Child J7"),
        ("Safeguarding Adult Review: Adult D", "Adult D"),
        ("Young Person R: a rapid review", "Young Person R"),
        ("Review of Siblings A, B and C (2020)", "Siblings A, B and C"),
        ("Sibling Q review", "Sibling Q"),
        ("Family W: lessons", "Family W"),
        ("Children A, B", "Children A"),
        ("Annual Report 2022", nil),
        ("Child Safeguarding Practice Review Panel annual report", nil),
        ("Children and Families Act 2014", nil),
        ("Family Group Conference", nil),
        ("Adult Social Care Review", nil),
        ("Child 2022", nil),
        ("Child J2022", nil),
        ("Young People A", nil),
        ("Baby Peter", nil),
    ] as [(String, String?)])
    func namesTheFamilyOfNames(title: String, name: String?) {
        #expect(ReviewName.short(title) == name)
        #expect(ReviewName.label(title) == name ?? title)
    }

    @Test func theRowLeadsWithTheNameUnlessTheTitleDoes() {
        #expect(ReviewName.row("Learning from Child M") == "Child M: Learning from Child M")
        #expect(ReviewName.row("Child M: learning") == "Child M: learning")
        #expect(ReviewName.row("Northmoor action plan") == "Northmoor action plan")
        #expect(ReviewName.row("Response to the Review of Child Y70 (2014)") == "Child Y70: Response to the Review of Child Y70 (2014)")
    }

    /// Two reviews of a Child E (from two partnerships) are told apart by their library ids; a name
    /// no other review has stays as it is.
    @Test func namesSideBySideAreToldApartByTheirIds() {
        let names = ReviewName.distinct([(5, "Response to questions from the review of Child E"), (7, "Child J: action plan"),
                                         (13, "Learning brief: Child E"), (20, "Northmoor action plan")])
        #expect(names == ["Child E #5", "Child J", "Child E #13", "Northmoor action plan"])
        #expect(Set(names).count == names.count)
        #expect(ReviewName.distinct([(3, "Child E review")]) == ["Child E"])
    }

    @Test func theLibrarySortsByTheTitleAsItsRowReads() {
        let entries = [("Learning from Child M", 1), ("Response to the review of Child J", 2), ("Action plan", 3)].map {
            LibraryEntry(id: $0.1, title: $0.0, source: "", recommendationCount: 0)
        }
        #expect(entries.sorted(by: LibraryEntry.byTitle).map(\.id) == [3, 2, 1])
    }

    /// Numbers in titles sort as numbers: Child A1, A2, A10 (as text, "a10" came before "a1:").
    @Test func numbersInTitlesSortAsNumbers() {
        let entries = [("Response to the Review of Child A10 (2014)", 1), ("Response to the Review of Child A2 (2020)", 2),
                       ("Response to the Review of Child A1 (2013)", 3), ("Response to the Review of Child B1", 4)].map {
            LibraryEntry(id: $0.1, title: $0.0, source: "", recommendationCount: 0)
        }
        #expect(entries.sorted(by: LibraryEntry.byTitle).map(\.id) == [3, 2, 1, 4])
        #expect(LibraryEntry.numbersInOrder("child a2: plan 2020") == "child a000000000002: plan 000000002020")
    }

    @Test func aRowLedByADistinctNameKeepsTheWholeTitle() {
        #expect(ReviewName.row("Learning brief: Child E", named: "Child E #13") == "Child E #13: Learning brief: Child E")
        #expect(ReviewName.row("Child W: partnership action plan", named: "Child W #21") == "Child W #21: partnership action plan")
        #expect(ReviewName.row("Annual report", named: "Annual report #4") == "Annual report #4")
        // Named as `label` names it, the row is the plain one.
        for title in ["Learning brief: Child E", "Child W: action plan", "Annual report"] {
            #expect(ReviewName.row(title, named: ReviewName.label(title)) == ReviewName.row(title))
        }
    }

    @Test func theLibraryNamesEachReviewApartFromAnotherOfTheSameName() {
        let entries = [(5, "Seven questions from the review of Child E"), (7, "Learning from Child M"), (13, "Learning brief: Child E")].map {
            LibraryEntry(id: $0.0, title: $0.1, source: "", recommendationCount: 0)
        }
        #expect(LibraryEntry.names(entries) == [5: "Child E #5", 7: "Child M", 13: "Child E #13"])
    }
}
