import StanceAggregate
import StanceIO
import StanceModel

extension RunWriter {
    /// The end of every run (analyze, report, merge): the aggregates, `changes.csv`, `report.md` and its charts,
    /// and `run.json`, then the folder is moved into place.
    /// - Parameter sorted: `Rows.Sorted(aggregate)` when the caller has it already.
    /// - Parameter since: when the final stage started, for `run.json`'s `final_write` time (nil: not timed).
    ///
    /// Two lanes run side by side when `--jobs` allows: on a side thread the rows sorted and the aggregate tables
    /// written, and on this one the comparison (its bootstrap on the run's threads); the report is built from both.
    func finish(
        info: RunInfo, aggregate: Aggregate, sorted: Rows.Sorted? = nil, collector: ComparisonCollector, since: ContinuousClock.Instant?
    ) throws(CSVWriter.Failure) {
        try closeStreams()
        let directory = workDirectory
        let tables = SideTask(parallel: info.configuration.jobs > 1) { () -> (Rows.Sorted, CSVWriter.Failure?) in
            let rows = sorted ?? Rows.Sorted(aggregate)
            do throws(CSVWriter.Failure) { try RunWriter.writeAggregateTables(aggregate, sorted: rows, in: directory) } catch {
                return (rows, error)
            }
            return (rows, nil)
        }
        let comparison = collector.result(options: info.configuration.compareOptions)
        let (rows, failure) = tables.result()
        if let failure { throw failure }
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
