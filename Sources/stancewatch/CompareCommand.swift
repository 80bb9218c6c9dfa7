import ArgumentParser
import Foundation
import StanceAggregate
import StanceIO
import StancePipeline

/// Bootstrap settings shared by `analyze` and `compare`.
struct ComparisonOptions: ParsableArguments {
    @Option(name: .customLong("min-support"), help: "Articles a key needs on each side to be compared.")
    var minSupport = 3
    @Option(help: "Bootstrap resamples.")
    var resamples = 1000
    @Option(help: "Seed of the bootstrap (the same seed gives the same intervals).")
    var seed: UInt64 = 1

    var options: CompareOptions { CompareOptions(resamples: resamples, seed: seed, minSupport: minSupport) }

    func validate() throws {
        guard minSupport >= 1, resamples >= 10 else { throw ValidationError("--min-support must be >= 1 and --resamples >= 10") }
    }
}

/// What `changes.csv` compares inside one run: the last period against the one before, or two date ranges.
struct WindowOptions: ParsableArguments {
    @Option(help: "Baseline date range for changes.csv, FROM..TO (default: the period before the last).")
    var baseline: String?

    @Option(help: "Current date range for changes.csv, FROM..TO (default: the last period).")
    var current: String?

    var window: ComparisonWindow {
        if let baseline, let current, let b = ComparisonWindow.range(baseline), let c = ComparisonWindow.range(current) {
            return .ranges(baseline: b, current: c)
        }
        return .lastTwoPeriods
    }

    func validate() throws {
        guard (baseline == nil) == (current == nil) else { throw ValidationError("--baseline and --current go together") }
        for range in [baseline, current].compactMap({ $0 }) where ComparisonWindow.range(range) == nil {
            throw ValidationError("'\(range)' is not a date range FROM..TO (yyyy, yyyy-mm or yyyy-mm-dd)")
        }
    }
}

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two run folders: change in volume, tone and Goldstein per entity and pair, with bootstrap intervals.",
        discussion: "Writes changes.csv (key_kind, key, baseline, current, delta, low, high, support, metric) to --out, or to standard output."
    )

    @Argument(help: "The baseline run folder.") var baseline: String
    @Argument(help: "The current run folder.") var current: String
    @Option(help: "Write changes.csv into this folder instead of standard output.") var out: String?
    @OptionGroup var comparison: ComparisonOptions

    func run() throws {
        let a: [ArticleObservations]
        let b: [ArticleObservations]
        do {
            a = try RunFolder.observations(baseline)
            b = try RunFolder.observations(current)
        } catch {
            throw fail(error.description)
        }
        let changes = Compare.changes(baseline: a, current: b, options: comparison.options)
        if let out {
            try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            do {
                let writer = try CSVWriter(path: out + "/changes.csv", header: Change.header)
                for change in changes { try writer.write(change.fields) }
                try writer.close()
            } catch {
                throw fail(error.description)
            }
        } else {
            print(Change.header.joined(separator: ","))
            for change in changes { print(change.fields.joined(separator: ",")) }
        }
    }
}
