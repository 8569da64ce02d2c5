import Content
import Foundation
import Learning

/// What `casebook data` prints: for each kind of data (themes, agencies, glossary, questions), the
/// files in force for a document, lowest layer first — built in, the user's folder, the document's
/// local data — with how each is laid (add or replace) and how many entries it holds.
public enum DataReport {
    /// The kinds, by the name of their built-in file, and what one entry of each is called.
    static let kinds: [(file: String, noun: String, plural: String)] = [
        (ThemeFile.fileName, "theme", "themes"), (AgencyFile.fileName, "agency", "agencies"),
        (GlossaryFile.fileName, "glossary entry", "glossary entries"), (ReflectiveQuestions.fileName, "question", "questions"),
    ]

    /// `folder` is the user's data folder, as shown to them.
    public static func lines(for document: ReviewDocument, folder: String) -> [String] {
        let user = UserDataLayer.of(document)
        let local = LocalDataFile.data(of: document)
        let inForce = LearningData.inForce(for: document)
        var lines = ["Data files in force for \(safe(document.source)) (your folder: \(safe(folder)))"]
        for kind in kinds {
            let builtIn = entries(of: kind.file, in: .builtIn, questions: ReflectiveQuestions.builtIn)
            let total = entries(of: kind.file, in: inForce, questions: ReflectiveQuestions.inForce(for: document))
            var rows: [[String]] = []
            let userFile = user?.files.first { $0.name == kind.file }
            rows.append(["built-in", kind.file, "\(builtIn)", userFile?.mode == .replace ? "not used: replaced" : ""])
            if let userFile {
                let bad = userFile.issues.isEmpty ? "" : ", " + Counted.of(userFile.issues.count, "bad line") + " skipped"
                rows.append(["user", userFile.path, "\(userFile.entries)", userFile.mode.rawValue + bad])
            }
            if let localData = document.localData, kind.file != ReflectiveQuestions.fileName {
                let count = entries(of: kind.file, in: local, questions: [])
                if count > 0 { rows.append(["local", localData.fileName, "\(count)", "adds, for this document only"]) }
            }
            lines.append("")
            lines.append((kind.file as NSString).deletingPathExtension + ": \(total) in force")
            lines += aligned(rows).map { "  " + safe($0) }
        }
        if user == nil {
            lines += ["", "No data files in \(safe(folder)); casebook data init writes editable copies there."]
        }
        lines += (user?.problems ?? []).map { "warning: " + safe($0) }
        return lines
    }

    /// What `casebook check --data` prints: each of the user's data files, and each bad line in it
    /// with its file and line number (bad lines are skipped; the rest of the file is used).
    public static func checkLines(_ user: UserDataLayer?, folder: String) -> [String] {
        guard let user else { return ["No data files in \(safe(folder)); nothing to check."] }
        var lines: [String] = []
        for file in user.files {
            let noun = kinds.first { $0.file == file.name } ?? (file.name, "entry", "entries")
            let bad = file.issues.isEmpty ? "no bad lines" : Counted.of(file.issues.count, "bad line") + " skipped"
            lines.append("\(safe(file.path)): \(file.mode.rawValue), " + Counted.of(file.entries, noun.noun, plural: noun.plural) + ", " + bad)
            lines += file.issues.map { "  " + safe($0.description) }
        }
        lines += user.problems.map { "warning: " + safe($0) }
        return lines
    }

    private static func entries(of file: String, in data: LearningData, questions: [String]) -> Int {
        switch file {
        case GlossaryFile.fileName: return data.glossary.count
        case AgencyFile.fileName: return data.agencies.count
        case ThemeFile.fileName: return data.themes.count
        default: return questions.count
        }
    }

    /// Rows as columns padded to the widest cell, the count column right-aligned.
    private static func aligned(_ rows: [[String]]) -> [String] {
        let widths = (0..<4).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return column == 2 ? padding + cell : column == 3 ? cell : cell + padding
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }

    private static func safe(_ text: String) -> String { TerminalSafe.sanitize(text) }
}
