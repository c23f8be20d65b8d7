// swift-tools-version: 6.1
import PackageDescription

/// A runner of its own: the standard textpipe stages plus a `headline` stage,
/// in a package that depends on textpipe's `TextPipe` library.
let package = Package(
    name: "custom-runner",
    platforms: [.macOS(.v13)],
    dependencies: [
        // A real project would use .package(url: "https://…/textpipe.git", from: "1.0.0").
        .package(name: "textpipe", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "custom-runner",
            dependencies: [.product(name: "TextPipe", package: "textpipe")]
        )
    ],
    swiftLanguageModes: [.v6]
)
