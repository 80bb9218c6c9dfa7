import StanceAggregate
import StanceHistory
import StanceIO
import StanceModel

extension Pipeline {
    /// `stancewatch report`: every output rebuilt from the history alone (no corpus), in the history's
    /// (date, id) order, within --since/--until.
    public func rebuild() throws(Failure) -> RunSummary {
        guard let options = configuration.history else { throw Failure(description: "no history database given") }
        let clock = ContinuousClock()
        let started = clock.now
        var summary = RunSummary()
        do {
            let store = try HistoryStore(path: options.path, access: .readOnly)
            let writer = try RunWriter(outDirectory: configuration.outDirectory, writeSentences: configuration.writeSentences)
            var fold = HistoryFold(configuration)
            do {
                try store.forEachAnalysis(since: options.since, until: options.until) { analysis in
                    try writer.write(analysis)
                    fold.add(analysis)
                }
                summary.accepted = fold.coverage.articles
                summary.records = fold.coverage.articles
                summary.seconds = seconds(clock.now - started)
                let info = RunInfo(
                    configuration: configuration, summary: summary, aggregate: fold.aggregate, lexicon: lexiconInfo,
                    lexiconVersion: extractor.lexiconVersion, timings: Timings(), history: fold.coverage)
                try writer.finish(info: info, aggregate: fold.aggregate, collector: fold.collector, since: nil)
            } catch {
                writer.abandon()
                throw error
            }
        } catch {
            throw Failure(description: "\(error)")
        }
        return summary
    }
}
