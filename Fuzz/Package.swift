// swift-tools-version: 6.1
// libFuzzer targets for stancewatch's input readers and extraction core (issue 7).
//
// A separate package on purpose: the fuzz targets need `-sanitize=fuzzer` and `-parse-as-library`, which the
// main build and `swift test` must never see. Build and run one target with `../Scripts/fuzz.sh TARGET SECONDS`.
import PackageDescription

/// StancePipeline is the main package's library product that carries StanceIO (the readers) and StanceCore
/// (the extractor); the targets import StanceIO, StanceCore, StanceLexicon and StanceModel through it.
let stancewatch: Target.Dependency = .product(name: "StancePipeline", package: "stancewatch")

let package = Package(
    name: "StanceFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "stancewatch", path: "..")],
    targets: [
        .systemLibrary(name: "CFuzzer"),
        .executableTarget(name: "FuzzJSONRecord", dependencies: ["CFuzzer", stancewatch]),
        .executableTarget(name: "FuzzCSV", dependencies: ["CFuzzer", stancewatch]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["CFuzzer", stancewatch]),
        .executableTarget(name: "FuzzExtract", dependencies: ["CFuzzer", stancewatch]),
    ]
)
