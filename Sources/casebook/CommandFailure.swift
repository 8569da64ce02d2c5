/// A failure a command reports as one line on stderr ("casebook: …") with its exit code.
struct CommandFailure: Error {
    /// 1: an id found nothing.
    static let notFound: Int32 = 1
    /// 2: the input is unusable or the command line is wrong.
    static let unusable: Int32 = 2

    var message: String
    var exitCode: Int32

    init(_ message: String, exitCode: Int32 = CommandFailure.unusable) {
        self.message = message
        self.exitCode = exitCode
    }
}
