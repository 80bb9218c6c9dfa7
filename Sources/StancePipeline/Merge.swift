import Dispatch
import StanceAggregate
import StanceIO
import StanceModel

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// `stancewatch merge`: folds the parts `extract` wrote, in order, into the run folder `analyze --no-db` writes
/// for the same records: the same per-article rows, rejects, aggregates, changes, report and charts.
///
/// What analyze knows from reading its inputs, the parts carry: each summary line names its input and how many
/// lines it read, so a record's line number within its part becomes its line number within the input (parts of
/// the same input follow one another), and a reject or a duplicate reads as analyze writes it. Duplicate ids
/// can only be seen here, across parts: the later record is rejected, as analyze does. The data version comes
/// from the parts too (they must agree); merge loads no data files and analyses nothing.
///
/// Memory: the ids seen (for duplicates, as in analyze) and one batch of decoded lines.
public struct PartMerger {
    /// The output, report and comparison settings; `inputs` is filled from the parts' summaries.
    public var configuration: PipelineConfiguration
    /// Part files, in order.
    public var parts: [String]

    public init(configuration: PipelineConfiguration, parts: [String]) {
        self.configuration = configuration
        self.parts = parts
    }

    /// Files and folders as given: a folder stands for the part files in it (names not starting with `.` or `_`,
    /// as Hadoop writes them), in name order with numbers compared as numbers (`part-100000` after `part-99999`).
    public static func partFiles(_ paths: [String]) throws(Pipeline.Failure) -> [String] {
        var files: [String] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw Pipeline.Failure(description: "\(path): \(String(cString: strerror(errno)))")
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                files.append(path)
                continue
            }
            guard let dir = opendir(path) else {
                throw Pipeline.Failure(description: "\(path): \(String(cString: strerror(errno)))")
            }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                guard !name.hasPrefix("."), !name.hasPrefix("_") else { continue }
                var child = stat()
                if stat(path + "/" + name, &child) == 0 && (child.st_mode & S_IFMT) == S_IFREG { names.append(name) }
            }
            closedir(dir)
            guard !names.isEmpty else { throw Pipeline.Failure(description: "\(path): no part files in the folder") }
            files += names.sorted(by: naturalOrder).map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
        }
        return files
    }

    /// Name order with runs of digits compared by value.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        func chunks(_ s: String) -> [(digits: Bool, text: Substring)] {
            var out: [(Bool, Substring)] = []
            var start = s.startIndex
            while start < s.endIndex {
                let digits = s[start].isASCII && s[start].isNumber
                var end = s.index(after: start)
                while end < s.endIndex, (s[end].isASCII && s[end].isNumber) == digits { end = s.index(after: end) }
                out.append((digits, s[start..<end]))
                start = end
            }
            return out
        }
        let x = chunks(a)
        let y = chunks(b)
        for (p, q) in zip(x, y) where p.text != q.text {
            if p.digits && q.digits {
                let u = p.text.drop { $0 == "0" }
                let v = q.text.drop { $0 == "0" }
                if u.count != v.count { return u.count < v.count }
                if u != v { return u < v }
            } else {
                return p.text.utf8.lexicographicallyPrecedes(q.text.utf8)
            }
        }
        return x.count != y.count ? x.count < y.count : a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Reads every part's summary (its last line) before any work: a part that did not finish, or was extracted
    /// with other data files, stops the merge before anything is written.
    func summaries() throws(Pipeline.Failure) -> [PartSummary] {
        let decoder = PartFormat.makeDecoder()
        var summaries: [PartSummary] = []
        for part in parts {
            let last: [UInt8]?
            do throws(InputError) { last = try LineReader.lastLine(of: part) } catch {
                throw Pipeline.Failure(description: error.description)
            }
            guard let last, let summary = try? decoder.decode(PartSummary.self, from: Data(last)), summary.kind == "summary" else {
                throw Pipeline.Failure(
                    description: "\(part): no summary line at the end: the extract that wrote it did not finish (failed or killed task), or it is not an extract output")
            }
            guard summary.format == PartFormat.version else {
                throw Pipeline.Failure(description: "\(part): part format \(summary.format), this merge reads format \(PartFormat.version)")
            }
            if let first = summaries.first, first.lexiconVersion != summary.lexiconVersion || first.lexiconFiles != summary.lexiconFiles {
                throw Pipeline.Failure(
                    description: "\(part) was extracted with data version \(summary.lexiconVersion), \(parts[0]) with \(first.lexiconVersion): the parts must come from the same data files")
            }
            summaries.append(summary)
        }
        return summaries
    }

    public func run() throws(Pipeline.Failure) -> RunSummary {
        let clock = ContinuousClock()
        let started = clock.now
        guard !parts.isEmpty else { throw Pipeline.Failure(description: "no parts to merge") }
        let summaries = try summaries()
        var configuration = self.configuration
        // The inputs as analyze names them: consecutive parts of one input are one input.
        configuration.inputs = []
        for s in summaries where configuration.inputs.last != s.input { configuration.inputs.append(s.input) }

        let writer: RunWriter
        do { writer = try RunWriter(outDirectory: configuration.outDirectory, writeSentences: configuration.writeSentences) }
        catch { throw Pipeline.Failure(description: error.description) }
        let stage = WriteStage(
            writer: writer, period: configuration.period,
            comparison: ComparisonCollector(window: configuration.window, period: configuration.period), history: nil,
            overlaps: configuration.jobs > 1)
        let inFlight = DispatchSemaphore(value: 2)
        var summary = RunSummary()
        var timings = Timings()
        var seen = SeenIDs()

        func merge(part: String, _ s: PartSummary, base: Int) throws(Pipeline.Failure) {
            let reader: LineReader
            do throws(InputError) { reader = try LineReader(path: part) } catch { throw Pipeline.Failure(description: error.description) }
            var articles = 0
            var rejects = 0
            var ended = false
            var lineNumber = 0
            /// Non-blank lines with their line numbers in the part (for error messages).
            var batch: [(number: Int, bytes: [UInt8])] = []
            var batchBytes = 0

            func flush() throws(Pipeline.Failure) {
                guard !batch.isEmpty else { return }
                let t0 = clock.now
                let decoded = decode(batch.map(\.bytes))
                timings.extract += clock.now - t0
                var results: [ArticleAnalysis] = []
                for (k, result) in decoded.enumerated() {
                    let item: PartRecord.Item
                    switch result {
                    case .success(let value): item = value
                    case .failure(let error): throw Pipeline.Failure(description: "\(part) line \(batch[k].number): \(error.description)")
                    }
                    guard !ended else { throw Pipeline.Failure(description: "\(part) line \(batch[k].number): a record after the summary line") }
                    switch item {
                    case .summary:
                        ended = true
                    case .article(let analysis, let line):
                        articles += 1
                        summary.records += 1
                        let record = "line \(base + line)"
                        if let first = seen.insert(analysis.article.id, input: s.input, record: record) {
                            summary.rejected += 1
                            try fold(&results)
                            stage.reject(
                                Reject(
                                    input: s.input, record: record,
                                    reason: "duplicate id '\(analysis.article.id)' (first at \(first.input) \(first.record))"))
                        } else {
                            summary.accepted += 1
                            results.append(analysis)
                        }
                    case .reject(let r, let line):
                        rejects += 1
                        summary.records += 1
                        summary.rejected += 1
                        try fold(&results)
                        stage.reject(Reject(input: r.input, record: line.map { "line \(base + $0)" } ?? r.record, reason: r.reason))
                    }
                }
                try fold(&results)
                batch.removeAll(keepingCapacity: true)
                batchBytes = 0
            }

            while true {
                if StopSignal.pending != nil { return }
                let t0 = clock.now
                let line: [UInt8]?
                do throws(InputError) { line = try reader.next() } catch { throw Pipeline.Failure(description: error.description) }
                timings.read += clock.now - t0
                guard let line else { break }
                lineNumber += 1
                guard !line.isEmpty else { continue }
                batch.append((lineNumber, line))
                batchBytes += line.count
                if batch.count >= configuration.batchSize || batchBytes >= 32 << 20 { try flush() }
            }
            try flush()
            guard ended else { throw Pipeline.Failure(description: "\(part): no summary line at the end") }
            guard articles == s.accepted, rejects == s.rejected else {
                throw Pipeline.Failure(
                    description: "\(part): \(articles) articles and \(rejects) rejects, but its summary says \(s.accepted) and \(s.rejected): the part is damaged")
            }
            summary.warnings += s.warnings
            summary.bytes += s.bytes
        }

        /// Hands the articles decoded so far to the write stage (in order, behind the back-pressure semaphore).
        func fold(_ results: inout [ArticleAnalysis]) throws(Pipeline.Failure) {
            guard !results.isEmpty else { return }
            if let failure = stage.failure { throw Pipeline.Failure(description: failure.description) }
            inFlight.wait()
            let batch = results
            stage.submit {
                stage.fold(batch)
                inFlight.signal()
            }
            results.removeAll()
        }

        do throws(Pipeline.Failure) {
            var base = 0
            for (k, part) in parts.enumerated() {
                // Parts of one input number their lines on from the previous part's.
                base = k > 0 && summaries[k - 1].input == summaries[k].input ? base + summaries[k - 1].lines : 0
                try merge(part: part, summaries[k], base: base)
                if let signal = StopSignal.pending {
                    summary.interrupted = signal
                    break
                }
            }
            stage.queue.sync {}
            if let failure = stage.failure { throw Pipeline.Failure(description: failure.description) }
        } catch {
            stage.queue.sync {}
            writer.abandon()
            throw error
        }
        if summary.interrupted != nil {
            writer.abandon()
            return summary
        }
        summary.seconds = seconds(clock.now - started)
        timings.write = stage.writeTime
        let t0 = clock.now
        let first = summaries[0]
        let info = RunInfo(
            configuration: configuration, summary: summary, aggregate: stage.aggregate,
            lexicon: first.lexiconFiles.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            lexiconVersion: first.lexiconVersion, timings: timings)
        do throws(CSVWriter.Failure) {
            try writer.finish(info: info, aggregate: stage.aggregate, collector: stage.comparison, since: t0)
        } catch {
            writer.abandon()
            throw Pipeline.Failure(description: error.description)
        }
        return summary
    }

    /// Decodes a batch of lines on `jobs` threads into slots indexed by position.
    private func decode(_ lines: [[UInt8]]) -> [Result<PartRecord.Item, Pipeline.Failure>] {
        orderedMap(count: lines.count, jobs: configuration.jobs, state: { _ in PartFormat.makeDecoder() }) { decoder, k in
            do throws(Pipeline.Failure) { return .success(try PartRecord.decode(lines[k], decoder: decoder)) } catch {
                return .failure(error)
            }
        }
    }
}
