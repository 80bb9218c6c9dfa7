import Dispatch
import StanceAggregate
import StanceCore
import StanceIO
import StanceModel

#if canImport(Glibc)
    import Glibc
#endif

/// What `extract` is told beyond the pipeline configuration (of which it uses `jobs`, `batchSize`, `limits`).
public struct ExtractOptions: Sendable {
    /// The name the records' input goes by (`input` of rejects, the report's inputs line after merge).
    public var inputName: String
    /// The encoding of the article lines, `json` or `codec`.
    public var encoding: String

    public init(inputName: String = "-", encoding: String = "json") {
        self.inputName = inputName
        self.encoding = encoding
    }
}

extension Pipeline {
    /// `stancewatch extract`: the per-partition worker for Spark's `RDD.pipe` or Hadoop Streaming. Reads JSON Lines
    /// from `reader`, analyses them in batches of `batchSize` on `jobs` threads, and writes one line per record
    /// to `output` (a file descriptor) in input order, flushed per batch, then the summary line (see
    /// `PartFormat`). Stateless and streaming: memory is one batch, whatever the input size. Duplicate ids are
    /// left to `merge`, which sees every part.
    ///
    /// Throws only when the output cannot be written; the summary's `exitCode` says whether records were rejected.
    public func extract(from reader: any RecordReader, options: ExtractOptions, output: Int32) throws(Failure) -> RunSummary {
        guard let encoding = PartFormat.Encoding(rawValue: options.encoding) else {
            throw Failure(description: "unknown encoding '\(options.encoding)' (json or codec)")
        }
        var summary = RunSummary()
        var part = PartSummary(input: options.inputName, lexiconVersion: extractor.lexiconVersion, lexiconFiles: Dictionary(uniqueKeysWithValues: lexiconInfo))
        /// The batch in input order: articles are analysed together, rejects keep their place between them.
        var items: [Either] = []
        var articles: [(article: Article, line: Int)] = []
        var batchBytes = 0
        let sink = Sink(fd: output)

        func flush() throws(Failure) {
            guard !items.isEmpty else { return }
            let lines = encodeBatch(articles, encoding: encoding)
            var out: [UInt8] = []
            var next = 0
            for item in items {
                switch item {
                case .article:
                    switch lines[next] {
                    case .success(let bytes): out += bytes
                    case .failure(let error): throw error
                    }
                    next += 1
                case .reject(let reject, let line): out += PartFormat.rejectLine(reject, line: line)
                }
            }
            try sink.write(out)
            items.removeAll(keepingCapacity: true)
            articles.removeAll(keepingCapacity: true)
            batchBytes = 0
        }

        func reject(_ reject: Reject, line: Int?) {
            summary.records += 1
            summary.rejected += 1
            logger.warning("\(reject.input): \(reject.record): \(reject.reason)")
            items.append(.reject(Reject(input: options.inputName, record: reject.record, reason: reject.reason), line: line))
        }

        while true {
            if let signal = StopSignal.pending {
                // No summary line: merge refuses the part, so an interrupted task is never taken for a whole one.
                summary.interrupted = signal
                return summary
            }
            let item: InputItem?
            do throws(InputError) { item = try reader.next() } catch {
                logger.error("\(error.description)")
                reject(Reject(input: options.inputName, record: "rest of the file", reason: "read failed: \(error.reason)"), line: nil)
                break
            }
            guard let item else { break }
            switch item {
            case .article(let article, let record):
                summary.records += 1
                summary.accepted += 1
                if let jsonl = reader as? JSONLReader, let warning = jsonl.pendingWarning {
                    logger.warning("\(warning)")
                    summary.warnings += 1
                    jsonl.pendingWarning = nil
                }
                items.append(.article)
                articles.append((article, PartFormat.lineNumber(record) ?? 0))
                batchBytes += article.text.utf8.count
                if articles.count >= configuration.batchSize || batchBytes >= 16 << 20 { try flush() }
            case .reject(let r):
                reject(r, line: PartFormat.lineNumber(r.record))
            case .warning(let text):
                summary.warnings += 1
                logger.warning("\(text)")
            }
        }
        try flush()
        summary.bytes = reader.bytesRead
        part.lines = (reader as? JSONLReader)?.lines ?? 0
        part.records = summary.records
        part.accepted = summary.accepted
        part.rejected = summary.rejected
        part.warnings = summary.warnings
        part.bytes = summary.bytes
        try sink.write(PartFormat.summaryLine(part))
        return summary
    }

    /// Analyses and encodes a batch on `jobs` threads into slots indexed by position.
    private func encodeBatch(_ batch: [(article: Article, line: Int)], encoding: PartFormat.Encoding) -> [Result<[UInt8], Failure>] {
        let extractor = self.extractor
        let memos = self.memos
        return orderedMap(count: batch.count, jobs: configuration.jobs, state: { (PartFormat.makeEncoder(), memos[$0]) }) { state, k in
            let (encoder, memo) = state
            let analysis = extractor.analyze(batch[k].article, memo: memo)
            do {
                return .success(try PartFormat.articleLine(analysis, line: batch[k].line, encoding: encoding, encoder: encoder))
            } catch {
                return .failure(Failure(description: "\(batch[k].article.id): cannot encode the analysis: \(error)"))
            }
        }
    }

    private enum Either {
        case article
        case reject(Reject, line: Int?)
    }
}

/// Writes whole buffers to a file descriptor (partial writes and EINTR retried).
struct Sink {
    let fd: Int32

    func write(_ bytes: [UInt8]) throws(Pipeline.Failure) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Pipeline.Failure(description: "cannot write the output: \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }
}
