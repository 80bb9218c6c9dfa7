import StanceAggregate
import StanceIO

/// A checked run configuration: what `analyze` resolved from its flags.
public struct PipelineConfiguration: Sendable {
    public var inputs: [String]
    public var format: InputFormat
    public var outDirectory: String
    public var jobs: Int
    public var period: Period
    public var writeSentences: Bool
    public var limits: ReaderLimits
    /// Articles per batch handed to the workers: bounds memory whatever the corpus size.
    public var batchSize: Int
    public var showProgress: Bool
    /// The command line as given, for `run.json`.
    public var arguments: [String]
    public var reportTop: Int
    public var reportActors: [String]
    /// What `changes.csv` compares.
    public var window: ComparisonWindow
    public var compareOptions: CompareOptions
    /// The history database, or nil to run without one.
    public var history: HistoryOptions?

    public init(
        inputs: [String], format: InputFormat = .auto, outDirectory: String, jobs: Int, period: Period = .month,
        writeSentences: Bool = true, limits: ReaderLimits = ReaderLimits(), batchSize: Int = 512,
        showProgress: Bool = false, arguments: [String] = [], reportTop: Int = 15, reportActors: [String] = [],
        window: ComparisonWindow = .lastTwoPeriods, compareOptions: CompareOptions = CompareOptions(),
        history: HistoryOptions? = nil
    ) {
        self.history = history
        self.window = window
        self.compareOptions = compareOptions
        self.compareOptions.jobs = max(1, jobs)
        self.inputs = inputs
        self.format = format
        self.outDirectory = outDirectory
        self.jobs = max(1, jobs)
        self.period = period
        self.writeSentences = writeSentences
        self.limits = limits
        self.batchSize = max(1, batchSize)
        self.showProgress = showProgress
        self.arguments = arguments
        self.reportTop = reportTop
        self.reportActors = reportActors
    }
}

/// The run history: where it is and how this run uses it.
public struct HistoryOptions: Sendable {
    public var path: String
    /// Re-extract articles already in the history (after a dictionary update).
    public var reprocess: Bool
    /// Date bounds for the aggregates and the report (inclusive; any precision).
    public var since: String?
    public var until: String?

    public init(path: String, reprocess: Bool = false, since: String? = nil, until: String? = nil) {
        self.path = path
        self.reprocess = reprocess
        self.since = since
        self.until = until
    }
}

/// What a finished run reports back to the command.
public struct RunSummary: Sendable {
    public var records = 0
    public var accepted = 0
    public var rejected = 0
    public var warnings = 0
    /// History: articles analysed and stored for the first time, re-analysed after a change, or unchanged.
    public var added = 0
    public var replaced = 0
    public var skipped = 0
    /// The data files differ from those the history was built with (and `--reprocess` was not given).
    public var lexiconChanged = false
    public var bytes = 0
    public var seconds = 0.0
    public var interrupted: Int32?

    /// 0 all good, 1 finished with rejected records; 130/143 interrupted (SIGINT/SIGTERM).
    public var exitCode: Int32 {
        if let signal = interrupted { return 128 + signal }
        return rejected > 0 ? 1 : 0
    }
}
