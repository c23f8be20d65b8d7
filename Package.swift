// swift-tools-version: 6.1
import PackageDescription

/// The five standard stages: module name and folder under Sources/Stages.
let standardStages: [(module: String, folder: String)] = [
    ("TextPipeClean", "Clean"),
    ("TextPipeSegment", "Segment"),
    ("TextPipeEntities", "Entities"),
    ("TextPipeSummarize", "Summarize"),
    ("TextPipeTag", "Tag"),
]

/// Files that stage targets ship with them, by module.
let stageResources: [String: [Resource]] = [
    "TextPipeEntities": [.copy("Model/entities.tpmodel")],
]

let stageTargets: [Target] = standardStages.flatMap { stage -> [Target] in
    [
        .target(
            name: stage.module,
            dependencies: ["TextPipeCore"],
            path: "Sources/Stages/\(stage.folder)",
            resources: stageResources[stage.module]
        ),
        .testTarget(
            name: "\(stage.module)Tests",
            dependencies: [.target(name: stage.module), "TextPipeTesting"],
            path: "Tests/Stages/\(stage.folder)Tests"
        ),
    ]
}

let package = Package(
    name: "textpipe",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "textpipe", targets: ["textpipe"]),
        .library(name: "TextPipe", targets: ["TextPipe", "TextPipeCLI", "TextPipeEval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    ],
    targets: stageTargets + [
        .target(
            name: "TextPipeCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "TextPipe",
            dependencies: ["TextPipeCore"] + standardStages.map { .target(name: $0.module) }
        ),
        .target(
            name: "TextPipeEval",
            dependencies: ["TextPipeCore"]
        ),
        .target(
            name: "TextPipeCLI",
            dependencies: [
                "TextPipe",
                "TextPipeEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "textpipe",
            dependencies: ["TextPipeCLI"]
        ),
        .target(
            name: "TextPipeTesting",
            dependencies: ["TextPipeCore"],
            path: "Tests/TextPipeTesting"
        ),
        .testTarget(
            name: "TextPipeCoreTests",
            dependencies: ["TextPipeCore", "TextPipeTesting"]
        ),
        .testTarget(
            name: "TextPipeTests",
            dependencies: ["TextPipe", "TextPipeTesting"]
        ),
        .testTarget(
            name: "TextPipeCLITests",
            dependencies: ["TextPipeCLI"]
        ),
        .testTarget(
            name: "TextPipeEvalTests",
            dependencies: ["TextPipeEval", "TextPipeTesting"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TextPipeTesting"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
