import Content
import Testing
@testable import Learning

/// The user's data files lie between the built-in data and a document's own: each adds to the
/// built-in file of its name, or replaces it when its top says `# casebook: replace`; bad lines are
/// reported with file and line and skipped.
@Suite struct UserDataLayerTests {
    static let folder = "~/.config/casebook"

    static func document(_ files: [String: String]) -> ReviewDocument {
        var document = DocumentLoader.builtInDocument()
        document.userData = UserData(folder: folder, files: files.map { name, text in
            UserData.File(name: name, path: folder + "/" + name, text: text)
        })
        return document
    }

    static func themes(of document: ReviewDocument) -> Set<String> {
        Set(LearningIndex(document: document).recommendations.flatMap { $0.themes.map(\.theme) })
    }

    @Test func anEditedThemeFileReplacesTheBuiltInThemes() {
        let document = Self.document(["themes.txt": """
            # casebook: replace
            Foster placements: foster*; placement*
            """])
        #expect(Self.themes(of: document) == ["Foster placements"])
        #expect(LearningIndex(document: document).data.themes.map(\.name) == ["Foster placements"])
    }

    @Test func aThemeFileWithoutAHeaderAddsToTheBuiltInThemes() {
        let builtIn = Self.themes(of: DocumentLoader.builtInDocument())
        for header in ["", "# my themes\n# casebook: add\n"] {
            let document = Self.document(["themes.txt": header + "Foster placements: foster*; placement*\n"])
            #expect(Self.themes(of: document) == builtIn.union(["Foster placements"]))
        }
    }

    @Test func badLinesAreReportedWithFileAndLineAndTheRestIsUsed() throws {
        let document = Self.document(["themes.txt": """
            # casebook: replace
            Foster placements: foster*; placement*
            no colon here
            Schools:
            """, "glossary.txt": "# casebook: replce\nPSCP\n"])
        let layer = try #require(UserDataLayer.of(document))
        let themes = try #require(layer.files.first { $0.name == "themes.txt" })
        #expect(themes.mode == .replace)
        #expect(themes.entries == 1)
        #expect(themes.issues.map(\.description) == [
            "~/.config/casebook/themes.txt line 3: expected Theme name: signal; signal: no colon here",
            "~/.config/casebook/themes.txt line 4: a theme needs at least one signal word after :: Schools:",
        ])
        let glossary = try #require(layer.files.first { $0.name == "glossary.txt" })
        // A misspelt mode is reported and the file adds, which loses nothing built in.
        #expect(glossary.mode == .add)
        #expect(glossary.issues.map(\.line) == [1, 2])
        #expect(LearningIndex(document: document).data.glossary.count == LearningIndex(document: DocumentLoader.builtInDocument()).data.glossary.count)
    }

    @Test func theDocumentsLocalDataStillWinsOverTheUsersFile() throws {
        // The user's file says "the Local Authority" is a council of theirs; Child J's own data says Portsmouth's.
        let document = Self.document(["agencies.txt": "Westshire Council: the Local Authority; Local Authority\n"])
        let index = LearningIndex(document: document)
        let portsmouth = try #require(index.agencies.first { $0.name == "Portsmouth City Council" })
        #expect(portsmouth.aliases.contains("the Local Authority"))
        #expect(!(index.agencies.first { $0.name == "Westshire Council" }?.aliases.contains("the Local Authority") ?? false))
    }

    @Test func questionsAddOrReplace() {
        let added = ReflectiveQuestions.inForce(for: Self.document(["questions.txt": "What would you do on Monday?\n"]))
        #expect(added == ReflectiveQuestions.builtIn + ["What would you do on Monday?"])
        let replaced = ReflectiveQuestions.inForce(for: Self.document(["questions.txt": "# casebook: replace\nOnly this?\n"]))
        #expect(replaced == ["Only this?"])
    }
}
