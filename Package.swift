// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "casebook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The ncursesw system library; only TUIApp's backend file imports it. No pkgConfig: SwiftPM
        // drops its -D flags with a warning on every build, the shim defines them instead, and the
        // module map links ncursesw, whose header is on the default include path.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        // Turns the top-level Content/*.txt into Swift source, so the binary carries them.
        .executableTarget(name: "ContentEmbedder", path: "Sources/ContentEmbedder"),
        .plugin(name: "EmbedContent", capability: .buildTool(), dependencies: ["ContentEmbedder"],
                path: "Plugins/EmbedContent"),
        .target(name: "Content", plugins: ["EmbedContent"]),
        .target(name: "TUIApp", dependencies: ["Content", "CNcurses"]),
        .executableTarget(name: "casebook", dependencies: [
            "Content", "TUIApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Speed of search-as-you-type; run with `swift run -c release casebook-bench`.
        .executableTarget(name: "casebook-bench", dependencies: ["Content", "TUIApp"]),
        .testTarget(name: "ContentTests", dependencies: ["Content"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TUIAppTests", dependencies: ["TUIApp", "Content"], resources: [.copy("Goldens")]),
        .testTarget(name: "EndToEndTests", dependencies: ["casebook"]),
    ],
    swiftLanguageModes: [.v6]
)
