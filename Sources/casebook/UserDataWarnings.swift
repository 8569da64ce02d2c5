import Content
import Learning

/// One line on stderr for each of the user's data files that has bad lines or cannot be read, so
/// a trainer's mistake is seen by whatever command they run; `check --data` lists the lines.
enum UserDataWarnings {
    static func report() {
        guard let user = DocumentArgument.userData.map(UserDataLayer.init) else { return }
        for file in user.files where !file.issues.isEmpty {
            let count = file.issues.count
            StandardStreams.complain("\(file.path): \(count) bad line\(count == 1 ? "" : "s") skipped (casebook check --data shows \(count == 1 ? "it" : "them"))")
        }
        for problem in user.problems { StandardStreams.complain(problem) }
    }
}
