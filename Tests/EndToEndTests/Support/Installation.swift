import Foundation

/// casebook installed by `Scripts/install` into a fresh PREFIX, once per test run (the release build takes
/// minutes on a small machine). `CASEBOOK_INSTALL_TEST_CONFIGURATION=debug` builds a debug binary instead,
/// for quicker local runs; it is ignored under CI (`CI` set), which always tests the real release install.
struct Installation: Sendable {
    let prefix: URL

    var binary: String { prefix.appendingPathComponent("bin/casebook").path }
    func file(_ path: String) -> String { prefix.appendingPathComponent(path).path }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let shared: Result<Installation, EndToEndError> = {
        do { return .success(try install()) } catch let error as EndToEndError { return .failure(error) } catch {
            return .failure(EndToEndError("install failed: \(error)"))
        }
    }()

    private static func install() throws -> Installation {
        let environment = ProcessInfo.processInfo.environment
        let requested = environment["CASEBOOK_INSTALL_TEST_CONFIGURATION"] ?? "release"
        let configuration = environment["CI"].map { !$0.isEmpty } == true ? "release" : requested
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-install-\(UUID().uuidString)")
        let clock = ContinuousClock()
        let started = clock.now
        let run = try Subprocess.run("/bin/bash", [repository.appendingPathComponent("Scripts/install").path],
                                     environment: ["PREFIX": prefix.path, "CASEBOOK_BUILD_CONFIGURATION": configuration])
        guard run.status == 0 else {
            let output = (run.stdout + run.stderr).split(separator: "\n").suffix(30).joined(separator: "\n")
            throw EndToEndError("Scripts/install failed (status \(run.status)):\n\(output)")
        }
        let duration = clock.now - started
        print("casebook installed by Scripts/install (\(configuration) build) in \(duration)")
        return Installation(prefix: prefix)
    }
}
