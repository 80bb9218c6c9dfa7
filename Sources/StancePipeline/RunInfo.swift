import StanceAggregate
import StanceIO

/// What was run, for `run.json` and the report's summary.
struct RunInfo {
    static let version = "0.1.0"
    let configuration: PipelineConfiguration
    let summary: RunSummary
    let aggregate: Aggregate
    let lexicon: [(String, String)]
    let lexiconVersion: String
    let timings: Timings
    /// Set when the outputs come from a history: what it covers.
    var history: HistoryCoverage? = nil

    var megabytesPerSecond: Double {
        summary.seconds > 0 ? Double(aggregate.bytes) / 1_048_576 / summary.seconds : 0
    }

    /// - Parameter comparisonSeconds: the comparison's bootstrap (within `history` when the history's end made it,
    ///   else within `final_write`).
    func json(aggregateSeconds: Double, comparisonSeconds: Double) -> String {
        let c = configuration
        let value = JSONValue.object([
            ("tool", .string("stancewatch")),
            ("version", .string(Self.version)),
            ("arguments", .array(c.arguments.map { .string($0) })),
            ("inputs", .array(c.inputs.map { .string($0) })),
            ("period", .string(c.period.rawValue)),
            ("jobs", .int(c.jobs)),
            ("lexicon_version", .string(lexiconVersion)),
            ("lexicon_files", .object(lexicon.map { ($0.0, .string($0.1)) })),
            (
                "counts",
                .object([
                    ("records", .int(summary.records)), ("accepted", .int(summary.accepted)),
                    ("rejected", .int(summary.rejected)), ("warnings", .int(summary.warnings)),
                    ("sentences", .int(aggregate.sentences)), ("tokens", .int(aggregate.tokens)),
                    ("mentions", .int(aggregate.mentions)), ("stances", .int(aggregate.stances)),
                ])
            ),
            (
                "history",
                history.map { h in
                    .object([
                        ("database", .string(configuration.history?.path ?? "")), ("articles", .int(h.articles)),
                        ("first_date", .string(h.firstDate)), ("last_date", .string(h.lastDate)),
                        ("added", .int(summary.added)), ("replaced", .int(summary.replaced)), ("skipped", .int(summary.skipped)),
                        ("data_files_changed", .bool(summary.lexiconChanged)),
                        ("aggregates", .string(h.fromSnapshot ? "snapshot" : "folded")),
                    ])
                } ?? .string("off")
            ),
            ("text_bytes", .int(aggregate.bytes)),
            ("input_bytes", .int(summary.bytes)),
            ("wall_seconds", .number(rounded(summary.seconds))),
            ("text_mb_per_second", .number(rounded(megabytesPerSecond))),
            (
                "stage_seconds",
                .object([
                    ("read", .number(rounded(seconds(timings.read)))),
                    ("extract", .number(rounded(seconds(timings.extract)))),
                    ("write_and_aggregate", .number(rounded(seconds(timings.write)))),
                    ("final_write", .number(rounded(aggregateSeconds))),
                    ("history", .number(rounded(seconds(timings.history)))),
                    ("comparison", .number(rounded(comparisonSeconds))),
                ])
            ),
        ])
        return value.render() + "\n"
    }

    private func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
