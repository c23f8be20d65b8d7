// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The standard stages (the five text stages and `exec`): module name and folder under Sources/Stages.
let standardStages: [(module: String, folder: String)] = [
    ("TextPipeClean", "Clean"),
    ("TextPipeSegment", "Segment"),
    ("TextPipeEntities", "Entities"),
    ("TextPipeSummarize", "Summarize"),
    ("TextPipeTag", "Tag"),
    ("TextPipeExec", "Exec"),
]

/// Files that stage targets ship with them, by module.
let stageResources: [String: [Resource]] = [
    "TextPipeEntities": [.copy("Model/entities.tpmodel")],
    "TextPipeTag": [.copy("Model/news-topics.tpmodel")],
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

/// Stage modules beyond the standard ones: each name is a folder under
/// Plugins/ holding a module of that name, built into the `textpipe`
/// executable, with its tests in Tests/Plugins/NAMETests when that folder
/// exists. Declared with explicit paths so SwiftPM never takes Plugins/ for
/// its package-plugin folder. Listed rather than read from the folder because
/// SwiftPM caches the evaluated manifest by this file's contents: a new
/// folder would go unseen until this file changed. `textpipe new-stage` adds
/// the line.
let pluginModules: [String] = [
    "Language",
    "Redact",
]

let pluginTargets: [Target] = pluginModules.flatMap { name -> [Target] in
    let tests = "Tests/Plugins/\(name)Tests"
    let hasTests = FileManager.default.fileExists(atPath: Context.packageDirectory + "/" + tests)
    return [.target(name: name, dependencies: ["TextPipeCore"], path: "Plugins/\(name)")]
        + (hasTests
            ? [.testTarget(name: "\(name)Tests", dependencies: [.target(name: name), "TextPipeTesting"], path: tests)]
            : [])
}

let package = Package(
    name: "textpipe",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "textpipe", targets: ["textpipe"]),
        .library(name: "TextPipe", targets: ["TextPipe", "TextPipeCLI", "TextPipeEval", "TextPipeReport"]),
        // The Plugins/ stage modules, for runners (and Fuzz/) that want them too.
        .library(name: "TextPipePlugins", targets: pluginModules),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    ],
    targets: stageTargets + pluginTargets + [
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
            name: "TextPipeReport",
            dependencies: ["TextPipeCore"],
            resources: [.copy("Page")]
        ),
        .target(
            name: "TextPipeCLI",
            dependencies: [
                "TextPipe",
                "TextPipeEval",
                "TextPipeReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "textpipe",
            dependencies: ["TextPipeCLI"] + pluginModules.map { .target(name: $0) }
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
            name: "TextPipeReportTests",
            dependencies: ["TextPipeReport"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TextPipeTesting"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
