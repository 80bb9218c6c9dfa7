import StanceAggregate
import StanceIO

extension RunWriter {
    /// The end of every run (analyze, report, merge): the aggregates, `changes.csv`, `report.md` and its charts,
    /// and `run.json`, then the folder is moved into place.
    /// - Parameter sorted: `Rows.Sorted(aggregate)` when the caller has it already.
    /// - Parameter since: when the final stage started, for `run.json`'s `final_write` time (nil: not timed).
    ///
    /// Two lanes run side by side when `--jobs` allows: the rows sorted and the aggregate tables written, and the
    /// comparison (its bootstrap); the report is built from both.
    func finish(
        info: RunInfo, aggregate: Aggregate, sorted: Rows.Sorted? = nil, collector: ComparisonCollector, since: ContinuousClock.Instant?
    ) throws(CSVWriter.Failure) {
        try closeStreams()
        let directory = workDirectory
        let lanes = orderedMap(count: 2, jobs: info.configuration.jobs, state: { _ in }) { _, lane -> FinalLane in
            guard lane == 0 else { return .comparison(collector.result(options: info.configuration.compareOptions)) }
            let rows = sorted ?? Rows.Sorted(aggregate)
            do throws(CSVWriter.Failure) { try RunWriter.writeAggregateTables(aggregate, sorted: rows, in: directory) } catch {
                return .tables(rows, error)
            }
            return .tables(rows, nil)
        }
        var built: (sorted: Rows.Sorted?, comparison: ComparisonResult?) = (nil, nil)
        for lane in lanes {
            switch lane {
            case .tables(let rows, let failure):
                if let failure { throw failure }
                built.sorted = rows
            case .comparison(let comparison): built.comparison = comparison
            }
        }
        guard let rows = built.sorted, let comparison = built.comparison else { preconditionFailure("both lanes always run") }
        try finish(info: info, aggregate: aggregate, sorted: rows, comparison: comparison, since: since)
    }

    /// The end of a run whose aggregate tables are written and comparison made already (`analyze` with a current
    /// snapshot does both beside the history's reading): `changes.csv`, `report.md` and its charts, and `run.json`,
    /// then the folder is moved into place.
    func finish(
        info: RunInfo, aggregate: Aggregate, sorted: Rows.Sorted, comparison: ComparisonResult, since: ContinuousClock.Instant?
    ) throws(CSVWriter.Failure) {
        try closeStreams()
        let builder = ReportBuilder(info: info, aggregate: aggregate, sorted: sorted, comparison: comparison)
        let (report, charts) = (builder.markdown(), builder.charts())
        let json = info.json(aggregateSeconds: since.map { seconds(ContinuousClock.now - $0) } ?? 0, comparisonSeconds: comparison.seconds)
        try finish(
            extraTables: [("changes.csv", Change.header, comparison.changes.map(\.fields))],
            extraFiles: charts + [("report.md", report), ("run.json", json)])
    }
}

/// What each lane of the final stage gives back.
private enum FinalLane: Sendable {
    /// The rows sorted, and the tables' write error if any.
    case tables(Rows.Sorted, CSVWriter.Failure?)
    case comparison(ComparisonResult)
}
