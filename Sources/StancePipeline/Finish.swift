import StanceAggregate
import StanceIO

extension RunWriter {
    /// The end of every run (analyze, report, merge): the aggregates, `changes.csv`, `report.md` and its charts,
    /// and `run.json`, then the folder is moved into place.
    /// - Parameter since: when the final stage started, for `run.json`'s `final_write` time (nil: not timed).
    func finish(info: RunInfo, aggregate: Aggregate, collector: ComparisonCollector, since: ContinuousClock.Instant?) throws(CSVWriter.Failure) {
        let comparison = collector.result(options: info.configuration.compareOptions)
        let builder = ReportBuilder(info: info, aggregate: aggregate, comparison: comparison)
        let report = builder.markdown()
        let charts = builder.charts()
        let json = info.json(aggregateSeconds: since.map { seconds(ContinuousClock.now - $0) } ?? 0)
        try finish(
            aggregate: aggregate, extraTables: [("changes.csv", Change.header, comparison.changes.map(\.fields))],
            extraFiles: charts + [("report.md", report), ("run.json", json)])
    }
}
