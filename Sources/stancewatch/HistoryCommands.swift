import ArgumentParser
import Foundation
import StanceAggregate
import StanceCore
import StanceHistory
import StanceModel
import StanceLexicon
import StancePipeline


/// --since / --until for the aggregates and reports of a history.
struct HistoryBounds: ParsableArguments {
    @Option(help: "First date the aggregates and the report cover (yyyy, yyyy-mm or yyyy-mm-dd; needs a history).")
    var since: String?
    @Option(help: "Last date the aggregates and the report cover.")
    var until: String?

    func validate() throws {
        for bound in [since, until].compactMap({ $0 }) where ArticleDate.normalize(bound) != bound || bound.isEmpty {
            throw ValidationError("'\(bound)' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)")
        }
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Show a history database: runs, counts, data versions, date coverage.")

    @Option(help: "The history database.") var db: String

    func run() throws {
        do {
            let store = try HistoryStore(path: db, access: .readOnly)
            let coverage = try store.coverage()
            print("history \(db): \(coverage.articles) articles, \(coverage.firstDate ?? "-") to \(coverage.lastDate ?? "-")")
            print("data version of the last run: \(try store.storedLexiconVersion() ?? "-")")
            for (version, articles) in try store.lexiconVersions() { print("  \(articles) articles extracted with data \(version)") }
            print("runs:")
            print("  id  status       started                   added  replaced  skipped")
            for run in try store.runs() {
                let id = String(run.id).padding(toLength: 4, withPad: " ", startingAt: 0)
                let status = run.status.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                print("  \(id)\(status) \(run.started.padding(toLength: 25, withPad: " ", startingAt: 0)) \(run.added)  \(run.replaced)  \(run.skipped)")
            }
        } catch let error as HistoryError {
            throw fail(error.description)
        }
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Rebuild every output from a history database alone (no corpus needed).")

    @Option(help: "The history database.") var db: String
    @Option(help: "Output folder.") var out: String
    @OptionGroup var report: ReportOptions
    @Option(help: "Comma-separated actor codes the report focuses on, e.g. USA,RUS (the CSV files stay complete). Repeatable.")
    var actors: [String] = []
    @OptionGroup var windowOptions: WindowOptions
    @OptionGroup var bounds: HistoryBounds
    @OptionGroup var comparison: ComparisonOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var log: LogOptions

    func run() throws {
        let logger = log.makeLogger()
        let lexicon: Lexicon
        do { lexicon = try data.loadLexicon() } catch { throw fail("\(error)") }
        let configuration = PipelineConfiguration(
            inputs: [], outDirectory: out, jobs: 1, period: report.period, arguments: Array(CommandLine.arguments.dropFirst()),
            reportTop: report.top, reportActors: ReportOptions.actorCodes(actors),
            window: windowOptions.window, compareOptions: comparison.options, history: HistoryOptions(path: db, since: bounds.since, until: bounds.until))
        let pipeline = Pipeline(
            configuration: configuration, extractor: Extractor(lexicon: lexicon),
            lexiconInfo: lexicon.fingerprints.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, logger: logger)
        do { _ = try pipeline.rebuild() } catch { throw fail(error.description) }
    }
}
