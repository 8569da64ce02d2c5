import Foundation

/// A program run to its end, stdin from /dev/null, its output collected.
struct Subprocess {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs `executable` with `arguments` in `directory`. `environment` replaces the whole environment when
    /// `replacing` is set (as a machine without Swift would have it), else is added to the test runner's
    /// (with private data and config folders unless it names its own).
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                    environment: [String: String] = [:], replacing: Bool = false) throws -> Subprocess {
        let process = Process()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        process.environment = replacing ? environment
            : ProcessInfo.processInfo.environment.merging(PrivateUserFolders.filling(environment, under: scratch)) { $1 }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read stderr on another thread, so a program that fills one pipe while we wait on the other cannot stall.
        let errors = ErrorsReader(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Subprocess(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                          stderr: String(decoding: errors.wait(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorsReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

extension Subprocess {
    /// Copies a program with cp(1), so no write descriptor to the copy is ever open in this process: with
    /// tests running in parallel, a child forked meanwhile would inherit it and running the copy would fail
    /// with "Text file busy".
    static func copyExecutable(_ source: String, to destination: String) throws {
        let copy = try run("/bin/cp", [source, destination])
        guard copy.status == 0 else { throw CopyFailure(message: copy.stderr) }
    }

    struct CopyFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { "cp failed: \(message)" }
    }
}
