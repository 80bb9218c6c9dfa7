import ArgumentParser
import Foundation
import StanceCore
import StanceIO
import StanceLexicon
import StancePipeline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Analyse JSON Lines on standard input; write one JSON line per record, then a summary, to standard output.",
        discussion: """
            The per-partition worker for Spark (RDD.pipe) or Hadoop Streaming: stateless, streaming, memory bounded \
            by one batch. Lines: {"kind":"article","line":N,"analysis":{...}}, {"kind":"reject","line":N,"input":...,\
            "record":...,"reason":...}, and last {"kind":"summary",...}. `stancewatch merge` turns the outputs into the \
            run folder analyze writes (duplicate ids are found there, across parts). See integrations/spark.
            Exit codes: 0 all records used; 1 some records rejected; 2 usage or I/O error; 130/143 interrupted (no \
            summary line is written, so merge refuses the part).
            """
    )

    @Option(name: .customLong("input-name"), help: "The name of the input, as analyze would be given it (rejects, report). Default: -.")
    var inputName = "-"

    @Option(name: .shortAndLong, help: "Worker threads (default: the number of cores; under Spark, the task's cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-record-bytes"), help: "Reject lines larger than this.")
    var maxRecordBytes: Int = 8 << 20

    @Option(name: .customLong("batch-size"), help: ArgumentHelp("Articles per batch (memory, flush interval).", visibility: .hidden))
    var batchSize: Int = 256

    @Option(help: "Article lines: json (the analysis as JSON, readable by other tools) or codec (base64 binary: 30% smaller, merge decodes it 5x faster).")
    var encoding = "json"

    @OptionGroup var data: DataOptions
    @OptionGroup var log: LogOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        if let problem = ReaderLimits.problem(maxRecordBytes: maxRecordBytes) { throw ValidationError(problem) }
        guard ["json", "codec"].contains(encoding) else { throw ValidationError("--encoding is json or codec") }
    }

    func run() throws {
        let logger = log.makeLogger()
        let lexicon: Lexicon
        do { lexicon = try data.loadLexicon() } catch { throw fail("\(error)") }
        let limits = ReaderLimits(maxRecordBytes: maxRecordBytes)
        let configuration = PipelineConfiguration(
            inputs: ["-"], format: .jsonl, outDirectory: "", jobs: jobs, limits: limits, batchSize: batchSize,
            arguments: Array(CommandLine.arguments.dropFirst()))
        StopSignal.install()
        let pipeline = Pipeline(
            configuration: configuration, extractor: Extractor(lexicon: lexicon, jobs: jobs),
            lexiconInfo: lexicon.fingerprints.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, logger: logger)
        let reader: any RecordReader
        do throws(InputError) { reader = try openInput("-", format: .jsonl, limits: limits) } catch { throw fail(error.description) }
        let summary: RunSummary
        do throws(Pipeline.Failure) {
            summary = try pipeline.extract(from: reader, options: ExtractOptions(inputName: inputName, encoding: encoding), output: 1)
        } catch {
            throw fail(error.description)
        }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
