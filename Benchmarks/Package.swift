// swift-tools-version: 6.1
// Benchmarks for the stancewatch extraction core (package-benchmark, ordo-one/benchmark).
//
// A separate package on purpose: the main package stays free of the benchmark dependency, and `swift test`
// there never builds these targets. Run from this folder: `swift package benchmark` (see README.md).
import PackageDescription

let package = Package(
    name: "StanceBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "stancewatch", path: ".."),
        // The trait is required here: without it resolution fails on this toolchain (Swift 6.3, Linux).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "StanceBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                // StanceCore brings StanceLexicon and StanceModel, imported too.
                .product(name: "StanceCore", package: "stancewatch"),
                // The trend comparison's bootstrap.
                .product(name: "StanceAggregate", package: "stancewatch"),
            ],
            path: "Benchmarks/StanceBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
