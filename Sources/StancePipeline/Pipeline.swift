import Dispatch
import Logging
import Synchronization
import StanceAggregate
import StanceCore
import StanceHistory
import StanceIO
import StanceModel

#if canImport(Glibc)
    import Glibc
#endif

/// Runs `analyze`: readers feed batches of articles to worker threads, results are written back in input
/// order and folded into the aggregate, and the output folder is committed at the end.
///
/// Memory is bounded by one batch in flight: the reader fills a batch, `concurrentPerform` analyses it into
/// slots indexed by position, and the batch is written and dropped before the next is read.
public final class Pipeline {
    let configuration: PipelineConfiguration
    let extractor: Extractor
    let logger: Logger
    let lexiconInfo: [(String, String)]
    /// One name-tagger memo per worker, kept from batch to batch (worker `w` of each batch uses `memos[w]`).
    let memos: [NameTaggerMemo]
    /// What the last run built (aggregates, comparison, sorted rows, ids seen), held as long as the pipeline: a
    /// command that exits right after its run leaves them to the end of the process instead of freeing them object
    /// by object (about 25 ms at the end of a run on Reuters). Not the write stage: it holds the history, which must
    /// be closed (its write-ahead log folded back into the database file) before the process ends.
    private var lastRun: Any?

    public init(configuration: PipelineConfiguration, extractor: Extractor, lexiconInfo: [(String, String)], logger: Logger) {
        self.configuration = configuration
        self.extractor = extractor
        self.memos = (0..<configuration.jobs).map { _ in NameTaggerMemo() }
        self.lexiconInfo = lexiconInfo
        self.logger = logger
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs the whole job. Throws only for errors that stop the run (output not writable, disk full).
    public func run() throws(Failure) -> RunSummary {
        let clock = ContinuousClock()
        let started = clock.now
        var summary = RunSummary()
        var history: (store: HistoryStore, run: Int64)?
        // A history empty when the run began holds only this run's articles, and a run never stores an id twice (a
        // second one is a reject): its batches need no lookup of stored ids (on a first run over Reuters the
        // lookups were 1.7 % of the run's instructions).
        var startedEmpty = false
        // Closed on every way out, not when the last reference goes: a reference a worker thread drops late may
        // outlive the process (which exits without running deinitializers), and the write-ahead log is folded
        // back into the file only when the connection closes. A finished run closes it earlier (below), timed and
        // reported; closing again does nothing.
        defer { try? history?.store.close() }
        var snapshot: Aggregate?
        if let options = configuration.history {
            do {
                RunWriter.makeParents(of: options.path)
                let store = try HistoryStore(path: options.path)
                if let stored = try store.storedLexiconVersion(), stored != extractor.lexiconVersion, !options.reprocess {
                    summary.lexiconChanged = true
                    logger.warning(
                        "the data files changed since the history was built (\(stored) -> \(extractor.lexiconVersion)): stored articles keep their old results; run with --reprocess to re-extract them")
                }
                startedEmpty = try store.isEmpty()
                history = (store, try store.beginRun(arguments: configuration.arguments, lexiconVersion: extractor.lexiconVersion))
                // --reprocess replaces every article: the snapshot could not be kept up to date. An empty history's
                // aggregate is the empty one: a first run builds its snapshot as it goes instead of reading every
                // article back at the end.
                snapshot = options.reprocess
                    ? nil : try store.snapshot(period: configuration.period.rawValue) ?? (startedEmpty ? Aggregate() : nil)
            } catch {
                throw Failure(description: "\(error)")
            }
        }
        let writer: RunWriter
        do { writer = try RunWriter(outDirectory: configuration.outDirectory, writeSentences: configuration.writeSentences) }
        catch { throw Failure(description: error.description) }
        var timings = Timings()
        var progress = Progress(enabled: configuration.showProgress, total: totalSize())
        // Where each id was first met (the one table of a run that grows with the corpus: `SeenIDs` keeps it
        // compact), joined only for a duplicate's message.
        var seen = SeenIDs()
        var batch: [Article] = []
        batch.reserveCapacity(configuration.batchSize)
        var batchBytes = 0
        // Writing and folding a batch overlaps the analysis of the next one: a serial queue owns the writer and
        // the aggregate, and a semaphore keeps at most three analysed batches waiting (back-pressure: with a history
        // the write stage also stores each batch, and fewer waiting batches leave the workers idle while it does:
        // Reuters with a history and --jobs 2 took 1.84 s with two, 1.79 s with three, the same peak memory on
        // UNGDC). With the batch being read and the one in analysis, at most five batches are held; an analysed
        // batch weighs several times its text, so batches are also cut at 2 MB of text (about 140 long speeches).
        let stage = WriteStage(
            writer: writer, period: configuration.period,
            comparison: ComparisonCollector(window: configuration.window, period: configuration.period), history: history,
            snapshot: snapshot, overlaps: configuration.jobs > 1)
        let inFlight = DispatchSemaphore(value: 3)
        // With more than one job, a batch is analysed on its own queue while this thread reads the next one (at
        // most one batch in analysis); batches reach the write stage in order, as the queue is serial.
        let analysisQueue = DispatchQueue(label: "stancewatch.analysis")
        let analysing = DispatchSemaphore(value: 1)
        let extractTime = Mutex<Duration>(.zero)
        let (extractor, memos, jobs) = (self.extractor, self.memos, configuration.jobs)

        func flush() throws(CSVWriter.Failure) {
            guard !batch.isEmpty else { return }
            if let failure = stage.failure { throw failure }
            inFlight.wait()
            let t0 = clock.now
            // With a history, unchanged articles come back from it instead of being analysed again.
            var stored: [String: ArticleAnalysis] = [:]
            var hashes: [String] = []
            var replacesStored = false
            if let history {
                hashes = batch.map(HistoryStore.contentHash)
                do {
                    let known = startedEmpty ? [:] : try history.store.existingHashes(ids: batch.map(\.id))
                    let unchanged = configuration.history!.reprocess ? [] : batch.indices.filter { known[batch[$0].id] == hashes[$0] }.map { batch[$0].id }
                    stored = unchanged.isEmpty ? [:] : try history.store.analyses(ids: unchanged)
                    summary.skipped += stored.count
                    let replaced = batch.indices.filter { known[batch[$0].id] != nil && stored[batch[$0].id] == nil }.count
                    summary.replaced += replaced
                    replacesStored = replaced > 0
                    summary.added += batch.filter { known[$0.id] == nil }.count
                } catch {
                    inFlight.signal()
                    throw CSVWriter.Failure(path: history.store.path, reason: "\(error)")
                }
            }
            let toSave = hashes.isEmpty ? [] : batch.indices.filter { stored[batch[$0].id] == nil }.map { (index: $0, hash: hashes[$0]) }
            timings.extract += clock.now - t0
            let (articles, known, replacing) = (batch, stored, replacesStored)
            let analyse: @Sendable () -> Void = {
                let t0 = ContinuousClock.now
                let results = Self.prepareBatch(articles, stored: known, stage: stage, extractor: extractor, memos: memos, jobs: jobs)
                extractTime.withLock { $0 += ContinuousClock.now - t0 }
                stage.submit {
                    stage.fold(results, save: toSave, replacesStored: replacing)
                    inFlight.signal()
                }
            }
            if jobs > 1 {
                analysing.wait()
                analysisQueue.async {
                    analyse()
                    analysing.signal()
                }
            } else {
                analyse()
            }
            summary.accepted += batch.count
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }

        do throws(CSVWriter.Failure) {
            inputs: for input in configuration.inputs {
                let reader: any RecordReader
                do throws(InputError) { reader = try openInput(input, format: configuration.format, limits: configuration.limits) }
                catch {
                    summary.records += 1
                    summary.rejected += 1
                    logger.error("\(error.description)")
                    stage.reject(Reject(input: input, record: "file", reason: "cannot read: \(error.reason)"))
                    continue
                }
                var doneBytes = 0
                while true {
                    if let signal = StopSignal.pending {
                        summary.interrupted = signal
                        break inputs
                    }
                    let t0 = clock.now
                    let item: InputItem?
                    do throws(InputError) { item = try reader.next() }
                    catch {
                        // A signal interrupted a blocking read (standard input): stop, it is not a bad record.
                        if let signal = StopSignal.pending {
                            summary.interrupted = signal
                            break inputs
                        }
                        // The input failed mid-way (vanished, unreadable): what was read stands, the rest is reported.
                        summary.records += 1
                        summary.rejected += 1
                        logger.error("\(error.description)")
                        stage.reject(Reject(input: error.path, record: "rest of the file", reason: error.reason.hasPrefix("read failed") ? error.reason : "read failed: \(error.reason)"))
                        break
                    }
                    timings.read += clock.now - t0
                    guard let item else { break }
                    switch item {
                    case .article(let article, let record):
                        summary.records += 1
                        if let warning = (reader as? JSONLReader)?.pendingWarning {
                            logger.warning("\(warning)")
                            summary.warnings += 1
                            (reader as? JSONLReader)?.pendingWarning = nil
                        }
                        if let first = seen.insert(article.id, input: reader.input, record: record) {
                            summary.rejected += 1
                            stage.reject(
                                Reject(
                                    input: reader.input, record: record,
                                    reason: "duplicate id '\(article.id)' (first at \(first.input) \(first.record))"))
                            continue
                        }
                        batch.append(article)
                        batchBytes += article.text.utf8.count
                        if batch.count >= configuration.batchSize || batchBytes >= 2 << 20 { try flush() }
                    case .reject(let reject):
                        summary.records += 1
                        summary.rejected += 1
                        logger.warning("\(reject.input): \(reject.record): \(reject.reason)")
                        stage.reject(reject)
                    case .warning(let text):
                        summary.warnings += 1
                        logger.warning("\(text)")
                    }
                    progress.update(articles: summary.records, bytes: doneBytes + reader.bytesRead)
                }
                doneBytes += reader.bytesRead
                summary.bytes += reader.bytesRead
            }
            if summary.interrupted == nil { try flush() }
            analysisQueue.sync {}
            stage.queue.sync {}
            if let failure = stage.failure { throw failure }
        } catch {
            analysisQueue.sync {}
            stage.queue.sync {}
            writer.abandon()
            try? history?.store.finishRun(history!.run, added: summary.added, replaced: summary.replaced, skipped: summary.skipped, status: .failed)
            throw Failure(description: error.description)
        }
        progress.finish()
        if let signal = summary.interrupted {
            writer.abandon()
            // The batches saved so far are whole; the next run skips them.
            try? history?.store.finishRun(history!.run, added: summary.added, replaced: summary.replaced, skipped: summary.skipped, status: .interrupted)
            logger.error("stopped by signal \(signal): no output written (the partial folder was removed)")
            return summary
        }
        var aggregate = stage.aggregate
        var collector = stage.comparison
        var coverage: HistoryCoverage?
        var sorted: Rows.Sorted?
        // The comparison, when made beside the history's reading (the aggregate tables are then written too).
        var compared: ComparisonResult?
        let historyStarted = clock.now
        if let history {
            // The aggregates and the report cover the whole history (or --since/--until), not just tonight: from
            // the snapshot plus tonight's new articles when it was current, else folded from every stored analysis.
            do {
                let bounded = configuration.history!.since != nil || configuration.history!.until != nil
                let period = configuration.period.rawValue
                if let whole = stage.snapshot, !bounded {
                    aggregate = whole
                    // Two lanes (with --jobs above 1): on a side thread the snapshot's rows sorted, encoded and the
                    // aggregate tables written from them, then the snapshot stored; on this one the comparison's
                    // articles read back from the history and compared (its bootstrap on the run's threads). A
                    // snapshot read back and added nothing to (no new article) is still the stored one.
                    let save = summary.added > 0
                    let (store, configuration, directory) = (history.store, configuration, writer.workDirectory)
                    let tables = SideTask(parallel: configuration.jobs > 1) { () -> (Rows.Sorted, Result<Void, any Error>) in
                        let sorted = Rows.Sorted(whole)
                        let bytes = save ? AggregateCodec.encode(whole, entitiesByKey: sorted.entitiesByKey, sortedTrends: sorted.trends) : nil
                        return (
                            sorted,
                            Result {
                                try RunWriter.writeAggregateTables(whole, sorted: sorted, in: directory)
                                if let bytes { try store.saveSnapshot(encoded: bytes, period: period) }
                            }
                        )
                    }
                    let comparison = Result { () throws -> (ComparisonCollector, HistoryCoverage, ComparisonResult) in
                        let (collector, coverage) = try Self.foldComparison(store, configuration)
                        var result = collector.result(options: configuration.compareOptions)
                        try Self.readEvidenceTexts(&result, store)
                        return (collector, coverage, result)
                    }
                    let written: Result<Void, any Error>
                    (sorted, written) = tables.result()
                    try written.get()
                    (collector, coverage, compared) = try comparison.get()
                } else {
                    (aggregate, collector, coverage) = try fold(history.store)
                    if !bounded { try history.store.saveSnapshot(aggregate, period: period) }
                }
                try history.store.finishRun(history.run, added: summary.added, replaced: summary.replaced, skipped: summary.skipped)
                if summary.lexiconChanged == false || configuration.history!.reprocess {
                    try history.store.setLexiconVersion(extractor.lexiconVersion)
                }
                // The run is recorded by now: a failure to close leaves the log beside the file (the next open
                // reads it) and is only reported.
                do { try history.store.close() } catch {
                    logger.warning("\(error) (the history is complete, its write-ahead log not yet folded back)")
                }
            } catch {
                writer.abandon()
                throw Failure(description: "\(error)")
            }
            timings.history = clock.now - historyStarted
        }
        summary.seconds = seconds(clock.now - started)
        timings.extract += extractTime.withLock { $0 }
        timings.write = stage.writeTime
        let t0 = clock.now
        let info = RunInfo(
            configuration: configuration, summary: summary, aggregate: aggregate, lexicon: lexiconInfo,
            lexiconVersion: extractor.lexiconVersion, timings: timings, history: coverage)
        do throws(CSVWriter.Failure) {
            if let compared, let sorted {
                try writer.finish(info: info, aggregate: aggregate, sorted: sorted, comparison: compared, since: t0)
            } else {
                try writer.finish(info: info, aggregate: aggregate, sorted: sorted, collector: collector, since: t0)
            }
        } catch {
            writer.abandon()
            throw Failure(description: error.description)
        }
        lastRun = (aggregate, collector, sorted, seen)
        return summary
    }

    /// Folds the history (within --since/--until) into fresh aggregates, in its (date, id) order.
    func fold(_ store: HistoryStore) throws -> (Aggregate, ComparisonCollector, HistoryCoverage) {
        var fold = HistoryFold(configuration)
        try store.forEachAnalysis(since: configuration.history?.since, until: configuration.history?.until, cues: false) { fold.add($0) }
        return (fold.aggregate, fold.collector, fold.coverage)
    }

    /// The comparison and the coverage of the whole history, without folding it: only the articles the
    /// comparison can use are read (those dated within its two periods or ranges, in (date, id) order, as the
    /// full fold would meet them).
    static func foldComparison(_ store: HistoryStore, _ configuration: PipelineConfiguration) throws -> (ComparisonCollector, HistoryCoverage) {
        var collector = ComparisonCollector(window: configuration.window, period: configuration.period)
        let stored = try store.coverage()
        let coverage = HistoryCoverage(
            articles: stored.articles, firstDate: stored.firstDate ?? "", lastDate: stored.lastDate ?? "", fromSnapshot: true)
        let bounds: (String, String)?
        switch configuration.window {
        case .ranges(let baseline, let current):
            bounds = (min(baseline.lowerBound, current.lowerBound), ComparisonWindow.laterEnd(baseline.upperBound, current.upperBound))
            collector.evidenceSide = "current"
        case .lastTwoPeriods:
            let period = configuration.period
            let dated = try store.dates().filter { period.bucket($0).count == ComparisonCollector.fullLength(period) && !$0.isEmpty }
            let lastTwo = Set(Set(dated.map(period.bucket)).sorted().suffix(2))
            let used = dated.filter { lastTwo.contains(period.bucket($0)) }
            bounds = used.first.map { ($0, used.last!) }
            // The later period is the current side (the report's examples come from it).
            if lastTwo.count == 2 { collector.evidenceSide = lastTwo.max() }
        }
        if let (since, until) = bounds {
            // Each article's stored part, or (none stored yet) its analysis, whose part is then stored for the
            // next nights. Kept until the read ends (the read holds the connection): a few hundred bytes an article.
            var parts: [(id: String, run: Int64, encoded: [UInt8])] = []
            try store.forEachComparisonSource(since: since, until: until) { source in
                switch source {
                case .part(let id, let date, let part):
                    if let prepared = collector.prepare(part, id: id, date: date) { collector.add(prepared) }
                case .analysis(let analysis, let run):
                    let (id, date) = (analysis.article.id, analysis.article.date)
                    let part = ComparisonCollector.part(analysis, summary: ArticleSummary(analysis, period: .year))
                    parts.append((id, run, ComparisonCodec.encode(part)))
                    if let prepared = collector.prepare(part, id: id, date: date, analysis: analysis) { collector.add(prepared) }
                }
            }
            try store.saveComparisonParts(parts)
        }
        return (collector, coverage)
    }

    /// Reads back the analyses behind the examples the report can show (those of clear changes) that came from
    /// stored comparison parts, for their text.
    static func readEvidenceTexts(_ result: inout ComparisonResult, _ store: HistoryStore) throws {
        let keys = Set(result.changes.lazy.filter(\.isClear).map { EvidenceKey(kind: $0.kind, key: $0.key) })
        let ids = Set(keys.flatMap { (result.evidence[$0] ?? []).filter(\.needsText).map(\.article) })
        guard !ids.isEmpty else { return }
        let analyses = try store.analyses(ids: ids.sorted())
        for key in keys {
            guard var examples = result.evidence[key], examples.contains(where: \.needsText) else { continue }
            for k in examples.indices where examples[k].needsText {
                if let analysis = analyses[examples[k].article] { examples[k].resolve(from: analysis) }
            }
            result.evidence[key] = examples
        }
    }

    /// Analyses a batch (or takes an article's stored analysis) and prepares it for the write stage, on `jobs`
    /// threads into slots indexed by position: the order never depends on timing.
    static func prepareBatch(
        _ batch: [Article], stored: [String: ArticleAnalysis], stage: WriteStage, extractor: Extractor, memos: [NameTaggerMemo], jobs: Int
    ) -> [PreparedArticle] {
        orderedMap(count: batch.count, jobs: jobs, state: { memos[$0] }) { memo, k in
            if let known = stored[batch[k].id] { return stage.prepare(known) }
            return stage.prepare(extractor.analyze(batch[k], memo: memo), fresh: true)
        }
    }

    private func totalSize() -> Int {
        var total = 0
        for input in configuration.inputs where input != "-" {
            var info = stat()
            if stat(input, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR { total += Int(info.st_size) }
        }
        return total
    }
}

/// The write stage: owns the run writer and the aggregate; every mutation runs on its serial queue.
final class WriteStage: @unchecked Sendable {
    let queue = DispatchQueue(label: "stancewatch.write")
    private let writer: RunWriter
    /// Whether the run writes `sentences.csv` (read by `prepare` on the workers: a constant, not the writer).
    private let writesSentences: Bool
    private let period: Period
    private(set) var aggregate = Aggregate()
    private(set) var comparison: ComparisonCollector
    /// The empty collector as given: read (never changed) by `prepare` on worker threads.
    private let comparisonRule: ComparisonCollector
    /// The first write error. Set on the queue, read from the reading thread between batches: behind a lock, so
    /// that checking it never waits for the queue (which would undo the overlap of writing and analysis).
    var failure: CSVWriter.Failure? { failureLock.withLock { $0 } }
    private let failureLock = Mutex<CSVWriter.Failure?>(nil)
    private(set) var writeTime = Duration.zero

    private let history: (store: HistoryStore, run: Int64)?
    /// The whole history's aggregate, kept current as new articles are saved; nil when there was no current
    /// snapshot, or once a stored article is replaced (its old counts cannot be taken out).
    private(set) var snapshot: Aggregate?

    /// Whether writing runs beside the analysis (on the queue's thread) or in turn with it (`--jobs 1`: one thread).
    let overlaps: Bool

    init(
        writer: RunWriter, period: Period, comparison: ComparisonCollector, history: (store: HistoryStore, run: Int64)?,
        snapshot: Aggregate? = nil, overlaps: Bool = true
    ) {
        self.overlaps = overlaps
        self.writer = writer
        self.writesSentences = writer.writesSentences
        self.period = period
        self.comparison = comparison
        self.comparisonRule = comparison
        self.history = history
        self.snapshot = snapshot
    }

    /// What the ordered write stage needs of an analysed article, worked out beforehand on a worker thread (pure:
    /// it reads only the stage's fixed settings).
    /// `fresh`: the analysis is new, to be stored in the history (encoded here, off the write stage's thread).
    func prepare(_ analysis: ArticleAnalysis, fresh: Bool = false) -> PreparedArticle {
        let summary = ArticleSummary(analysis, period: period)
        // With a history the comparison is read back from it at the end: nothing to prepare.
        return PreparedArticle(
            article: Article(id: analysis.article.id, date: analysis.article.date, source: analysis.article.source, text: ""),
            rows: Rows.ArticleRows(analysis, sentences: writesSentences), summary: summary,
            comparison: history == nil ? comparisonRule.prepare(analysis, summary: summary) : nil,
            encoded: fresh && history != nil ? AnalysisCodec.encode(analysis) : nil)
    }

    /// Writes and folds analyses in order (preparing them here, on the queue).
    func fold(_ results: [ArticleAnalysis]) {
        fold(results.map { prepare($0) })
    }

    /// Writes and folds one prepared batch in order, and stores the new analyses (`save`: their positions in
    /// `results` and content hashes) in the history in one transaction (on the queue).
    func fold(_ results: [PreparedArticle], save: [(index: Int, hash: String)] = [], replacesStored: Bool = false) {
        guard failure == nil else { return }
        let clock = ContinuousClock()
        let t0 = clock.now
        do throws(CSVWriter.Failure) {
            for prepared in results {
                try writer.append(prepared.rows)
                if history == nil {
                    aggregate.add(prepared.summary)
                    if let part = prepared.comparison { comparison.add(part) }
                }
            }
            if let history, !save.isEmpty {
                var batch: [(article: Article, hash: String, encoded: [UInt8])] = []
                for item in save {
                    let prepared = results[item.index]
                    // Every article to save was analysed here, so prepared with its encoding; should one come
                    // without, the run stops with this error rather than store less than it reports.
                    guard let encoded = prepared.encoded else {
                        throw CSVWriter.Failure(
                            path: history.store.path, reason: "article \(prepared.article.id) reached the history without its analysis encoded")
                    }
                    batch.append((prepared.article, item.hash, encoded))
                }
                do { try history.store.save(encoded: batch, run: history.run) } catch {
                    throw CSVWriter.Failure(path: history.store.path, reason: "\(error)")
                }
                if replacesStored { snapshot = nil }
                if snapshot != nil { for item in save { snapshot!.add(results[item.index].summary) } }
            }
        } catch {
            fail(error)
        }
        writeTime += clock.now - t0
    }

    /// Runs `work` on the queue, after the work queued before it: without waiting when writing overlaps the
    /// analysis, else to its end.
    func submit(_ work: @escaping @Sendable () -> Void) {
        if overlaps { queue.async(execute: work) } else { queue.sync(execute: work) }
    }

    /// Records the first write error (on the queue).
    private func fail(_ error: CSVWriter.Failure) {
        failureLock.withLock { if $0 == nil { $0 = error } }
    }

    /// Queues a reject row after the work queued before it, without waiting for it: a corpus with a reject
    /// every few records must not wait for each batch's writing (a write error shows in `failure`).
    func reject(_ reject: Reject) {
        submit { [self] in
            guard failure == nil else { return }
            do throws(CSVWriter.Failure) { try writer.reject(reject) } catch { fail(error) }
        }
    }
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// An analysed article with its share of the aggregates and of the comparison, worked out on a worker thread so
/// that the ordered write stage only merges them.
///
/// It holds no analysis (nor the article's text): only what the write stage writes, adds and stores, so that
/// the batches waiting for the write stage weigh their rows, not their analyses as well.
struct PreparedArticle: Sendable {
    /// The article's id, date and source (what the history stores beside the encoded analysis).
    let article: Article
    /// Its rows of the per-article files, formatted.
    let rows: Rows.ArticleRows
    /// What the article adds to the aggregate (`Aggregate.add`).
    let summary: ArticleSummary
    /// Its part in the comparison, nil when it falls in neither side.
    let comparison: ComparisonCollector.Prepared?
    /// The analysis encoded for the history (`AnalysisCodec`), when it is new and there is a history (every
    /// article `fold` is asked to save).
    let encoded: [UInt8]?
}

/// What each lane of the end of a run with a current snapshot gives back.
/// The aggregates, the comparison and the coverage of stored analyses, added one by one in the history's
/// (date, id) order: what `analyze` with a history and `report` compute from it.
struct HistoryFold {
    let period: Period
    var aggregate = Aggregate()
    var collector: ComparisonCollector
    var coverage = HistoryCoverage()

    init(_ configuration: PipelineConfiguration) {
        period = configuration.period
        collector = ComparisonCollector(window: configuration.window, period: configuration.period)
    }

    mutating func add(_ analysis: ArticleAnalysis) {
        let summary = ArticleSummary(analysis, period: period)
        aggregate.add(summary)
        if let part = collector.prepare(analysis, summary: summary) { collector.add(part) }
        coverage.add(analysis.article.date)
    }
}

/// What the history holds within the report's bounds.
public struct HistoryCoverage: Sendable {
    public var articles = 0
    public var firstDate = ""
    public var lastDate = ""
    /// Whether the aggregates came from the stored snapshot plus the new articles, not a fold of the history.
    public var fromSnapshot = false

    mutating func add(_ date: String) {
        articles += 1
        guard !date.isEmpty else { return }
        if firstDate.isEmpty || date < firstDate { firstDate = date }
        if date > lastDate { lastDate = date }
    }
}

/// Time per stage, for `run.json`.
struct Timings {
    var read = Duration.zero
    var extract = Duration.zero
    var write = Duration.zero
    /// The end of a run with a history: the aggregates of the whole history, its snapshot, and the comparison's
    /// articles read back and compared.
    var history = Duration.zero
}
