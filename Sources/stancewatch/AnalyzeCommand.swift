import ArgumentParser
import Foundation
import StanceAggregate
import StanceCore
import StanceIO
import StanceLexicon
import StancePipeline

extension InputFormat: ExpressibleByArgument {}
extension Period: ExpressibleByArgument {}

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a corpus and write the run folder (CSV files, report.md, run.json).",
        discussion: """
            INPUT is a JSON Lines file (.jsonl, .jsonl.gz), a CSV file with a header, a folder of .txt/.md/.jsonl/.csv \
            files, or - for JSON Lines on standard input. Output columns: ../shared/CONTRACT.md (see README).
            Exit codes: 0 all records used; 1 some records rejected (rejects.csv); 2 usage or I/O error; \
            130/143 interrupted (no output left behind).
            """
    )

    @Argument(help: "Input files or folders, or - for standard input.")
    var inputs: [String]

    @Option(name: .long, help: "Output folder (replaced as a whole when the run succeeds).")
    var out: String

    @Option(name: .shortAndLong, help: "Worker threads (default: the number of cores). With 1, analysis and writing take turns on one thread; with more, writing runs beside the workers on a thread of its own.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Input format: auto (by extension), jsonl, csv or text.")
    var format: InputFormat = .auto

    @Flag(name: .customLong("no-sentences"), help: "Do not write sentences.csv.")
    var noSentences = false

    @Option(name: .customLong("max-record-bytes"), help: "Reject records (lines, rows, files) larger than this.")
    var maxRecordBytes: Int = 8 << 20

    @Option(name: .customLong("batch-size"), help: ArgumentHelp("Articles per batch (memory and history transaction size).", visibility: .hidden))
    var batchSize: Int = 512

    @Option(help: "A file of your own entities (in the format of a bundled actor file), or comma-separated actor codes the report focuses on, e.g. USA,RUS (the CSV files stay complete). Repeatable.")
    var actors: [String] = []

    /// `--actors` values that name files add entities; the others are report filters.
    var actorFiles: [String] { actors.filter { FileManager.default.fileExists(atPath: $0) } }
    var reportActors: [String] { ReportOptions.actorCodes(actors.filter { !FileManager.default.fileExists(atPath: $0) }) }

    @OptionGroup var report: ReportOptions

    @OptionGroup var windowOptions: WindowOptions
    @Option(help: "History database (default: beside the output, OUT.sqlite). Unchanged articles are not analysed again.")
    var db: String?

    @Flag(name: .customLong("no-db"), help: "Run without a history database.")
    var noDB = false

    @Flag(help: "Re-extract articles already in the history (after a data update).")
    var reprocess = false

    @OptionGroup var bounds: HistoryBounds
    @OptionGroup var comparison: ComparisonOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var log: LogOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let problem = ReaderLimits.problem(maxRecordBytes: maxRecordBytes) { throw ValidationError(problem) }
        guard !(noDB && (db != nil || reprocess)) else { throw ValidationError("--no-db cannot go with --db or --reprocess") }
    }

    /// `runs/nightly` -> `runs/nightly.sqlite`: beside the output folder, never inside it (the folder is replaced).
    static func defaultDatabase(out: String) -> String {
        var path = out
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path + ".sqlite"
    }

    func run() throws {
        let logger = log.makeLogger()
        let lexicon: Lexicon
        do { lexicon = try data.loadLexicon(actorFiles: actorFiles) } catch { throw fail("\(error)") }
        let extractor = Extractor(lexicon: lexicon, jobs: jobs)
        let configuration = PipelineConfiguration(
            inputs: inputs, format: format, outDirectory: out, jobs: jobs, period: report.period,
            writeSentences: !noSentences, limits: ReaderLimits(maxRecordBytes: maxRecordBytes), batchSize: batchSize,
            showProgress: !log.quiet, arguments: Array(CommandLine.arguments.dropFirst()), reportTop: report.top,
            reportActors: reportActors,
            window: windowOptions.window, compareOptions: comparison.options,
            history: noDB ? nil : HistoryOptions(path: db ?? Self.defaultDatabase(out: out), reprocess: reprocess, since: bounds.since, until: bounds.until))
        StopSignal.install()
        let pipeline = Pipeline(
            configuration: configuration, extractor: extractor,
            lexiconInfo: lexicon.fingerprints.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, logger: logger)
        let summary: RunSummary
        do { summary = try pipeline.run() } catch { throw fail(error.description) }
        if !log.quiet {
            FileHandle.standardError.write(
                Data("stancewatch: \(summary.accepted) articles, \(summary.rejected) rejected -> \(out)\n".utf8))
        }
        // The lexicon, the extractor and the pipeline (with what the run built) are left to the end of the process:
        // freeing them object by object took about 30 ms, on the serial end of every run.
        withExtendedLifetime((lexicon, extractor, pipeline)) { Foundation.exit(summary.exitCode) }
    }
}
