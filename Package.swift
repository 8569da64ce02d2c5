// swift-tools-version: 6.0
import PackageDescription

// The layers, lowest first; each target may import only those above it in this list (see ARCHITECTURE.md):
//   Content  — the document model, the one walk of its text, the parser, loading a text file
//   Formats  — reading PDF, Word and web pages into the text the parser reads; opening any file by its content
//   Learning — facts derived from a document (glossary, agencies, themes, commitments, status)
//   Search   — the query language, matching, facets
//   Store    — the notes store: the only file I/O besides loading documents and the library
//   Library  — the library: every imported review in one SQLite file (GRDB), its list, full-text index and learning
//   Reports  — what the command line prints (plain text, Markdown, JSON, check, handout)
//   Settings — the user's configuration: config.toml, environment and flags, and which wins
//   TUICore  — the browser's pure core: state, messages, update, keymap, widgets, views into a cell grid
//   TUIApp   — the terminal runtime: the ncurses backend (the one importer of CNcurses), the loop, signals
//   casebook — argument parsing and wiring
let package = Package(
    name: "casebook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Reads the user's config.toml.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // Opens Word (.docx) packages in memory.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Tests only: generated documents for the parser's and the outputs' properties.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The library's database: SQLite (the system's, with FTS5), migrations, WAL.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The ncursesw system library; only TUIApp imports it. No pkgConfig: SwiftPM drops its -D
        // flags with a warning on every build, the shim defines them instead, and the module map
        // links ncursesw, whose header is on the default include path.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        // Turns the top-level Content/*.txt into Swift source, so the binary carries them.
        .executableTarget(name: "ContentEmbedder", path: "Sources/ContentEmbedder"),
        .plugin(name: "EmbedContent", capability: .buildTool(), dependencies: ["ContentEmbedder"],
                path: "Plugins/EmbedContent"),
        // Writes the commit being built into the casebook target, for `casebook --version`.
        .plugin(name: "BuildCommit", capability: .buildTool(), path: "Plugins/BuildCommit"),

        .target(name: "Content", plugins: ["EmbedContent"]),
        // poppler-glib's functions as types, for the PDF reader, which loads the library at run time
        // (dlopen) so that casebook neither links it nor needs it to open text files. No link, no pkgConfig.
        .systemLibrary(name: "CPoppler", path: "Sources/CPoppler"),
        .target(name: "Formats", dependencies: ["Content", "CPoppler", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Learning", dependencies: ["Content"]),
        .target(name: "Search", dependencies: ["Content", "Learning"]),
        .target(name: "Store", dependencies: ["Content"]),
        .target(name: "Library", dependencies: ["Content", "Formats", "Learning", "Search", .product(name: "GRDB", package: "GRDB.swift"),
                                              .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "Reports", dependencies: ["Content", "Learning", "Search", "Library"]),
        .target(name: "Settings", dependencies: ["Content", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "TUICore", dependencies: ["Content", "Learning", "Search"]),
        .target(name: "TUIApp", dependencies: ["TUICore", "Store", "Content", "CNcurses"]),
        .executableTarget(name: "casebook", dependencies: [
            "Content", "Formats", "Learning", "Search", "Store", "Library", "Reports", "Settings", "TUICore", "TUIApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], plugins: ["BuildCommit"]),
        // Speed of opening, search-as-you-type and `casebook search`; run with `swift run -c release casebook-bench`.
        // TestFixtures packs its generated Word file.
        .executableTarget(name: "casebook-bench", dependencies: [
            "Content", "Formats", "Learning", "Search", "Reports", "TUICore", "TestFixtures",
        ]),
        // What one notes save costs on a small store and on a 167 MB one; run with
        // `swift run -c release casebook-store-bench`.
        .executableTarget(name: "casebook-store-bench", dependencies: ["Store", "Content"]),
        // Generates a library of synthetic reviews and times import, re-add, listing and search;
        // run with `swift run -c release casebook-library-bench`.
        .executableTarget(name: "casebook-library-bench", dependencies: ["Library", "Search", "Content", "Store", "TUICore", "TUIApp"]),

        // One test target per source target, each depending only on its target and the layers above it
        // in the list at the top; fixture documents and helpers that several of them share live in TestFixtures.
        .target(name: "TestFixtures", dependencies: ["Content", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                path: "Tests/TestFixtures", resources: [.copy("Fixtures")]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "TestFixtures"]),
        .testTarget(name: "FormatsTests", dependencies: [
            "Formats", "Content", "TestFixtures", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "LearningTests", dependencies: ["Learning", "Content", "TestFixtures"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "Learning", "Content", "TestFixtures"]),
        .testTarget(name: "StoreTests", dependencies: [
            "Store", "Content", "TestFixtures", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "LibraryTests", dependencies: ["Library", "Search", "Learning", "Content", "TestFixtures"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Search", "Learning", "Content", "TestFixtures"]),
        .testTarget(name: "SettingsTests", dependencies: ["Settings"]),
        // Drives the browser core with keys, for the TUI test targets.
        .target(name: "TUITestSupport", dependencies: ["TUICore", "Content"], path: "Tests/TUITestSupport"),
        .testTarget(name: "TUICoreTests", dependencies: ["TUICore", "TUITestSupport", "Learning", "Search", "Content", "TestFixtures"],
                    resources: [.copy("Goldens")]),
        .testTarget(name: "TUIAppTests", dependencies: ["TUIApp", "TUICore", "TUITestSupport", "Store", "Content", "Learning", "Library", "TestFixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["casebook"]),
        // Properties over generated documents and mutated fixtures: nothing lost, every id found, no raw control.
        .testTarget(name: "PropertyTests", dependencies: [
            "Formats", "Reports", "Search", "Learning", "Content", "TestFixtures",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
