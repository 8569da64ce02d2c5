import Foundation
import Testing

/// `--help` and `--version` written where they cannot go: one line and exit 2, as every output.
extension FileSafetyEndToEndTests {
    @Test func helpAndVersionReportAFailedWrite() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (command, reason) in [(#""$CB" --version > /dev/full"#, "no space left on device"),
                                  (#""$CB" search --help > /dev/full"#, "no space left on device"),
                                  (#""$CB" --help >&-"#, "bad file descriptor")] {
            let run = try shell(command, in: folder)
            #expect(run.status == 2, "\(command)")
            #expect(run.stderr == "casebook: cannot write output: \(reason)\n", "\(command): \(run.stderr)")
        }
        let closed = try shell(#"(trap '' PIPE; "$CB" --help; echo $? > "$D/status") | head -c1 > /dev/null; cat "$D/status""#,
                               in: folder)
        #expect(closed.stdout == "0\n")
    }
}
