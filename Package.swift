// swift-tools-version: 6.1
// stancewatch: entity mentions, sentiment cues and diplomatic stances from news corpora.
// Dependencies point one way: stancewatch (CLI) -> StancePipeline -> StanceIO / StanceAggregate / StanceCore
// -> StanceLexicon -> StanceModel. Only the pipeline and IO touch files or threads.
import PackageDescription

let package = Package(
    name: "stancewatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "stancewatch", targets: ["stancewatch"]),
        .library(name: "StanceCore", targets: ["StanceCore"]),
        .library(name: "StancePipeline", targets: ["StancePipeline"]),
        .library(name: "StanceAggregate", targets: ["StanceAggregate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibCSV", path: "Sources/CLibCSV", providers: [.apt(["libcsv-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CPrefetch"),
        .target(name: "StanceModel"),
        .target(
            name: "StanceLexicon",
            dependencies: ["StanceModel"],
            resources: [.copy("Resources")]
        ),
        .target(name: "StanceCore", dependencies: ["StanceModel", "StanceLexicon", "CPrefetch"]),
        .target(name: "StanceAggregate", dependencies: ["StanceModel"]),
        .target(
            name: "StanceHistory",
            dependencies: ["StanceModel", "StanceAggregate", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "StanceIO", dependencies: ["StanceModel", "StanceAggregate", "CLibCSV", "CZlib"]),
        .target(
            name: "StancePipeline",
            dependencies: [
                "StanceModel", "StanceLexicon", "StanceCore", "StanceAggregate", "StanceIO", "StanceHistory",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "stancewatch",
            dependencies: [
                "StancePipeline", "StanceLexicon", "StanceCore", "StanceModel", "StanceIO", "StanceHistory", "StanceAggregate",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["StanceModel"], path: "Tests/TestSupport"),
        .testTarget(name: "StanceLexiconTests", dependencies: ["StanceLexicon", "StanceCore", "StanceModel"]),
        .testTarget(name: "StanceCoreTests", dependencies: ["StanceCore", "StanceLexicon", "StanceModel", "TestSupport"]),
        .testTarget(name: "StanceAggregateTests", dependencies: ["StanceAggregate", "StanceModel"]),
        .testTarget(name: "StanceIOTests", dependencies: ["StanceIO", "StanceModel", "TestSupport"]),
        .testTarget(
            name: "StanceHistoryTests",
            // GRDB: to make a history of an earlier schema version (upgrade tests).
            dependencies: ["StanceHistory", "StanceModel", "StanceAggregate", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "StancePipelineTests", dependencies: ["StancePipeline"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["StancePipeline", "StanceIO", "StanceHistory", "StanceModel", "TestSupport"]
        ),
    ]
)
