@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Counts in titles read as people write them ("1,203 commitments"), and a long message in the status
/// line keeps its end, which says why, at 80 and 50 columns.
@Suite struct StatusCountsAndReasonsTests {
    @Test func theTrackerTitleGroupsItsCountsDigits() {
        var browser = LibraryCodedOpenTests.library()
        let commitments = (0..<1203).map { index in
            LibraryCommitment(document: 4, recommendation: 2, sentence: "The board will consider item \(index).", owner: nil,
                              due: nil, status: "not started", words: "will consider", line: 18,
                              citation: "Recommendation PR2, line 18", position: index, series: "PR")
        }
        for case let .readLibraryCommitments(ids, _) in browser.type("C") {
            _ = browser.update(.libraryCommitmentsRead(ids: ids, commitments: LibraryCommitments(commitments)))
        }
        _ = browser.draw()
        #expect(browser.screen.contains("Still to do: 1,203 commitments in 1 review"), "\(browser.screen)")
    }

    @Test func aLongMessageKeepsItsReasonAtEveryWidth() {
        let reason = "Permission denied"
        let message = "Notes not saved: cannot write /home/reviewer/.local/share/casebook/notes/child-j-3f2a9c.jsonl: " + reason
        for (width, height) in [(80, 24), (50, 15)] {
            var browser = Browser.childJ(width: width, height: height)
            _ = browser.update(.notice(message))
            let status = browser.render().lines[height - 1]
            #expect(status.contains("Notes not saved: cannot"), "\(width): \(status)")
            #expect(status.contains("…: " + reason), "\(width): \(status)")
            #expect(DisplayWidth.of(status) <= width)
        }
    }

    @Test func aMessageCutKeepsItsStartAndItsEnd() {
        #expect(Truncation.truncateKeepingEnd("short", toWidth: 10) == "short")
        #expect(Truncation.truncateKeepingEnd("cannot write /a/very/long/path: No space", toWidth: 24) == "cannot write …: No space")
        // No reason after a colon that fits: the last half of the room.
        #expect(Truncation.truncateKeepingEnd("library /x/y/z.sqlite cannot be written", toWidth: 20) == "library /…be written")
        #expect(DisplayWidth.of(Truncation.truncateKeepingEnd(String(repeating: "漢", count: 30), toWidth: 11)) <= 11)
    }
}
