import Foundation
import Testing

extension Tag {
    /// Runs `Scripts/install`: a release build, minutes on a small machine.
    @Tag static var install: Self
}

/// casebook as someone without Swift gets it: installed by `Scripts/install` (the Swift libraries linked
/// in), the binary copied to an empty folder and run with a PATH that holds no Swift toolchain; its man
/// page and its shell completions.
@Suite(.serialized, .tags(.install), .timeLimit(.minutes(30)))
struct InstallEndToEndTests {
    /// What a machine without Swift offers a program: the system's directories, a UTF-8 locale, a home.
    static let noSwiftPath = "/usr/bin:/bin"

    func installation() throws -> Installation { try Installation.shared.get() }

    /// The installed binary, copied alone into an empty folder.
    func copiedBinary() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("casebook").path
        try Subprocess.copyExecutable(try installation().binary, to: copy)
        return copy
    }

    func withoutSwift(_ executable: String, _ arguments: [String], in directory: String? = nil,
                      adding environment: [String: String] = [:]) throws -> Subprocess {
        let home = FileManager.default.temporaryDirectory.path
        return try Subprocess.run(executable, arguments, in: directory, environment: [
            "PATH": Self.noSwiftPath, "LANG": "C.UTF-8", "HOME": home, "XDG_DATA_HOME": home,
        ].merging(environment) { $1 }, replacing: true)
    }

    @Test func installsTheBinaryTheManPageAndTheCompletions() throws {
        let installation = try installation()
        #expect(FileManager.default.isExecutableFile(atPath: installation.binary))
        let files = ["share/man/man1/casebook.1", "share/bash-completion/completions/casebook",
                     "share/zsh/site-functions/_casebook", "share/fish/vendor_completions.d/casebook.fish"]
        for file in files {
            let text = try String(contentsOfFile: installation.file(file), encoding: .utf8)
            #expect(text.contains("casebook"), "\(file) is empty or not casebook's")
        }
        #expect(try String(contentsOfFile: installation.file(files[2]), encoding: .utf8).hasPrefix("#compdef casebook"))
        #expect(try String(contentsOfFile: installation.file(files[3]), encoding: .utf8).contains("complete -c 'casebook'"))
        let syntax = try Subprocess.run("/bin/bash", ["-n", installation.file(files[1])])
        #expect(syntax.status == 0, "the bash completion script does not parse: \(syntax.stderr)")
    }

    /// What the installed binary may load. FoundationXML, the XML parser the Word reader uses, is linked
    /// in with the Swift libraries but calls the system's libxml2 (libxml2.so.2, Debian's `libxml2`, on
    /// almost every system), which brings ICU, zlib and liblzma; the library's database is the system's
    /// SQLite (libsqlite3-0); everything else is glibc, the C++ runtime and ncursesw.
    static let allowedLibraries = [
        "linux-vdso", "ld-linux", "libc.so", "libm.so", "libpthread", "libdl", "librt", "libstdc++", "libgcc_s",
        "libncursesw", "libtinfo", "libxml2.so", "libicuuc", "libicudata", "libz.so", "liblzma", "libsqlite3",
    ]

    @Test func aCopiedBinaryListsTheBuiltInDocumentWithoutSwift() throws {
        let swift = try withoutSwift("/bin/sh", ["-c", "command -v swift"])
        #expect(swift.status != 0, "swift is on \(Self.noSwiftPath) (\(swift.stdout)), so this proves nothing")

        let binary = try copiedBinary()
        let folder = URL(fileURLWithPath: binary).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["casebook"])
        let list = try withoutSwift(binary, ["list"], in: folder)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").count == 10)
        #expect(list.stdout.hasPrefix(" 1  The PSCP should highlight"))

        // Only the system's C and C++ libraries, ncursesw and libxml2: no Swift runtime, nothing missing.
        let libraries = try withoutSwift("/usr/bin/ldd", [binary])
        #expect(libraries.status == 0)
        #expect(!libraries.stdout.contains("not found"), "\(libraries.stdout)")
        #expect(!libraries.stdout.contains("libswift") && !libraries.stdout.contains("libFoundation"), "\(libraries.stdout)")
        #expect(libraries.stdout.contains("libncursesw"))
        for line in libraries.stdout.split(separator: "\n") {
            let name = line.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            #expect(Self.allowedLibraries.contains { name.hasPrefix($0) || name.contains("/" + $0) }, "unexpected library: \(line)")
        }
    }

    @Test func aCopiedBinaryOpensTheBrowserWithoutSwift() throws {
        let session = try TmuxSession(environment: ["PATH": Self.noSwiftPath], binary: try copiedBinary())
        defer { session.close() }
        try session.waitUntil("the Child J document is shown, status line and all", timeout: .seconds(20)) {
            $0.contains("Child J") && $0.contains("Introduction") && $0.contains("? help")
        }
        try session.sendKeys("q")
        #expect(try session.waitForExit().status == 0)
    }

    /// `man casebook` finds the installed page (it is rendered in full by ManPageEndToEndTests).
    @Test func manFindsTheInstalledPage() throws {
        let installation = try installation()
        let man = try withoutSwift("/usr/bin/man", ["casebook"], adding: [
            "MANPATH": installation.file("share/man"), "MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat",
        ])
        #expect(man.status == 0)
        #expect(man.stderr.isEmpty, "man warns: \(man.stderr)")
        #expect(man.stdout.contains("casebook — Browse the learning") && man.stdout.contains("\nKEYS\n"))
    }

    /// The completion scripts ask casebook for the document's ids: `show 5<Tab>` as bash does it (the
    /// installed bash script, sourced, with the words bash passes), and the call every shell makes.
    @Test func completionOffersTheDocumentsIDs() throws {
        let installation = try installation()
        let bash = """
            source "$1"
            COMP_WORDS=("$2" show 5); COMP_CWORD=2; COMP_LINE="$2 show 5"; COMP_POINT=${#COMP_LINE}
            _casebook "$2" 5 show
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let completed = try withoutSwift("/bin/bash", ["-c", bash, "bash", installation.file("share/bash-completion/completions/casebook"),
                                                       installation.binary])
        #expect(completed.stdout.split(separator: "\n") == ["5", "5a", "5b", "5c"], "\(completed.stderr)")

        let direct = try withoutSwift(installation.binary, ["---completion", "show", "--", "positional@0", "2", "0", "casebook", "show", ""])
        #expect(direct.stdout.split(separator: "\n").count == 19)
        let only = try withoutSwift(installation.binary, ["---completion", "present", "--", "--only", "3", "3", "casebook", "present", "--only", "3,7"])
        #expect(only.stdout.split(separator: "\n") == ["3,7", "3,7a", "3,7b"])
    }

    @Test func completionOffersFacetsForAFilter() throws {
        let binary = try installation().binary
        let status = try withoutSwift(binary, ["---completion", "list", "--", "--filter", "3", "10",
                                               "casebook", "list", "--filter", "foster sta"])
        #expect(status.stdout.split(separator: "\n") == ["foster status:completed", "foster status:in-progress", "foster status:planned"])
        let themes = try withoutSwift(binary, ["---completion", "search", "--", "positional@0", "2", "10", "casebook", "search", "theme:fost"])
        #expect(themes.stdout.split(separator: "\n") == ["theme:foster-care"])
    }
}
