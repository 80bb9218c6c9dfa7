import ArgumentParser
import Foundation
import StanceAggregate
import StanceIO
import StancePipeline

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge extract outputs into the run folder analyze --no-db writes for the same records.",
        discussion: """
            PART is a file written by `stancewatch extract`, or a folder of them (Spark's part-00000, part-00001, ... \
            in name order; names starting with . or _ are skipped). Parts are merged in the order given and must \
            all end with their summary line. Duplicate ids across parts: the later record is rejected.
            Exit codes: 0 all records used; 1 some records rejected (rejects.csv); 2 usage, I/O or part error \
            (nothing written); 130/143 interrupted.
            """
    )

    @Argument(help: "Extract outputs: files, or folders of part files.")
    var parts: [String]

    @Option(name: .long, help: "Output folder (replaced as a whole when the merge succeeds).")
    var out: String

    @Option(name: .shortAndLong, help: "Threads decoding the parts (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("no-sentences"), help: "Do not write sentences.csv.")
    var noSentences = false

    @OptionGroup var report: ReportOptions

    @Option(help: "Comma-separated actor codes the report focuses on, e.g. USA,RUS (the CSV files stay complete). Repeatable.")
    var actors: [String] = []

    @OptionGroup var windowOptions: WindowOptions
    @OptionGroup var comparison: ComparisonOptions
    @OptionGroup var log: LogOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        _ = log.makeLogger()
        let configuration = PipelineConfiguration(
            inputs: [], outDirectory: out, jobs: jobs, period: report.period, writeSentences: !noSentences,
            arguments: Array(CommandLine.arguments.dropFirst()), reportTop: report.top,
            reportActors: ReportOptions.actorCodes(actors),
            window: windowOptions.window, compareOptions: comparison.options)
        StopSignal.install()
        let summary: RunSummary
        do throws(Pipeline.Failure) {
            summary = try PartMerger(configuration: configuration, parts: try PartMerger.partFiles(parts)).run()
        } catch {
            throw fail(error.description)
        }
        if !log.quiet {
            FileHandle.standardError.write(
                Data("stancewatch: \(summary.accepted) articles, \(summary.rejected) rejected -> \(out)\n".utf8))
        }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
