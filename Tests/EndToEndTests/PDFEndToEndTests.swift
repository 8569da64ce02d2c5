import Foundation
import Testing

/// `casebook` on the PDF fixtures: a readable response lists its recommendations, and a PDF it cannot
/// read (scanned, password-protected, damaged) is one line on stderr and exit 2.
@Suite(.tags(.commandLine))
struct PDFEndToEndTests {
    static func fixture(_ name: String) -> String {
        Installation.repository.appendingPathComponent("Tests/TestFixtures/Fixtures/pdf/\(name).pdf").path
    }

    @Test func aPDFResponseListsItsRecommendations() throws {
        let run = try CommandLineEndToEndTests().casebook(["list", Self.fixture("kingsmere-child-t-response")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 6)
        #expect(run.stdout.contains("The Partnership should review the multi-agency training"))
        #expect(run.stderr.isEmpty)
    }

    @Test(arguments: [
        ("scanned-no-text", "is a scanned PDF with no text layer; casebook needs a PDF with text (run it through OCR first)"),
        ("password-protected", "is a password-protected PDF; casebook cannot read it"),
        ("damaged", "is a damaged PDF ("),
    ])
    func anUnreadablePDFIsOneLineAndExitTwo(_ name: String, _ message: String) throws {
        let path = Self.fixture(name)
        let run = try CommandLineEndToEndTests().casebook(["list", path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("casebook: \(path): \(message)"), "\(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
