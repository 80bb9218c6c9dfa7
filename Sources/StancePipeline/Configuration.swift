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

    public init(
        inputs: [String], format: InputFormat = .auto, outDirectory: String, jobs: Int, period: Period = .month,
        writeSentences: Bool = true, limits: ReaderLimits = ReaderLimits(), batchSize: Int = 256,
        showProgress: Bool = false, arguments: [String] = [], reportTop: Int = 15, reportActors: [String] = [],
        window: ComparisonWindow = .lastTwoPeriods, compareOptions: CompareOptions = CompareOptions()
    ) {
        self.window = window
        self.compareOptions = compareOptions
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

/// What a finished run reports back to the command.
public struct RunSummary: Sendable {
    public var records = 0
    public var accepted = 0
    public var rejected = 0
    public var warnings = 0
    public var bytes = 0
    public var seconds = 0.0
    public var interrupted: Int32?

    /// 0 all good, 1 finished with rejected records; 130/143 interrupted (SIGINT/SIGTERM).
    public var exitCode: Int32 {
        if let signal = interrupted { return 128 + signal }
        return rejected > 0 ? 1 : 0
    }
}
