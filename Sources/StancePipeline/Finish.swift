import StanceAggregate
import StanceIO

extension RunWriter {
    /// The end of every run (analyze, report, merge): the aggregates, `changes.csv`, `report.md` and its charts,
    /// and `run.json`, then the folder is moved into place.
    /// - Parameter sorted: `Rows.Sorted(aggregate)` when the caller has it already (sorted beside the history's reading).
    /// - Parameter since: when the final stage started, for `run.json`'s `final_write` time (nil: not timed).
    ///
    /// Two lanes that share nothing run side by side when `--jobs` allows: the aggregate tables, and the comparison
    /// (its bootstrap) with the report built from it.
    func finish(
        info: RunInfo, aggregate: Aggregate, sorted: Rows.Sorted? = nil, collector: ComparisonCollector, since: ContinuousClock.Instant?
    ) throws(CSVWriter.Failure) {
        try closeStreams()
        let directory = workDirectory
        let sorted = sorted ?? Rows.Sorted(aggregate)
        let lanes = orderedMap(count: 2, jobs: info.configuration.jobs, state: { _ in }) { _, lane -> FinalLane in
            if lane == 0 {
                do throws(CSVWriter.Failure) { try RunWriter.writeAggregateTables(aggregate, sorted: sorted, in: directory) } catch {
                    return .tables(error)
                }
                return .tables(nil)
            }
            let comparison = collector.result(options: info.configuration.compareOptions)
            let builder = ReportBuilder(info: info, aggregate: aggregate, sorted: sorted, comparison: comparison)
            return .report(comparison, builder.markdown(), builder.charts())
        }
        var built: (comparison: ComparisonResult, report: String, charts: [(name: String, contents: String)])?
        for lane in lanes {
            switch lane {
            case .tables(let failure): if let failure { throw failure }
            case .report(let comparison, let report, let charts): built = (comparison, report, charts)
            }
        }
        guard let (comparison, report, charts) = built else { preconditionFailure("the report lane always runs") }
        let json = info.json(aggregateSeconds: since.map { seconds(ContinuousClock.now - $0) } ?? 0)
        try finish(
            extraTables: [("changes.csv", Change.header, comparison.changes.map(\.fields))],
            extraFiles: charts + [("report.md", report), ("run.json", json)])
    }
}

/// What each lane of the final stage gives back.
private enum FinalLane: Sendable {
    case tables(CSVWriter.Failure?)
    case report(ComparisonResult, String, [(name: String, contents: String)])
}
