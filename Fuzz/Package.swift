// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for textpipe: one executable that fuzzes the entry point
/// named by `--target=NAME` (the pipeline file loader or a chain of stages).
/// A package of its own so that the normal `swift build` never sees it: it
/// has no `main`, libFuzzer supplies one, so it only links when built with
/// `--sanitize fuzzer`, as `scripts/fuzz` does.
let package = Package(
    name: "textpipe-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "textpipe", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "textpipe-fuzz",
            dependencies: [
                .product(name: "TextPipe", package: "textpipe"),
                .product(name: "TextPipePlugins", package: "textpipe"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
