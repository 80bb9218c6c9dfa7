import StanceModel

/// JSON Lines (also gzip-compressed, and standard input): one article per non-blank line.
public final class JSONLReader: RecordReader {
    public let input: String
    private let source: ByteSource
    private let limits: ReaderLimits
    private var chunk = [UInt8](repeating: 0, count: 1 << 18)
    private var chunkStart = 0
    private var chunkEnd = 0
    private var line: [UInt8] = []
    private var lineNumber = 0
    private var atEnd = false

    public init(path: String, limits: ReaderLimits = ReaderLimits()) throws(InputError) {
        input = path
        source = try ByteSource(path: path)
        self.limits = limits
    }

    public var bytesRead: Int { source.bytesRead }
    public var size: Int { source.size }
    /// Lines consumed so far, blank ones included (`extract` reports it so `merge` can number the next part's lines).
    public var lines: Int { lineNumber }

    public func next() throws(InputError) -> InputItem? {
        while true {
            guard let (oversize, length) = try nextLine() else { return nil }
            lineNumber += 1
            let record = "line \(lineNumber)"
            if let oversize {
                return .reject(
                    Reject(
                        input: input, record: record,
                        reason: "record is \(oversize) bytes, over the limit of \(limits.maxRecordBytes) (--max-record-bytes)"))
            }
            if isBlank(length) { continue }
            return line.withUnsafeBufferPointer { all in
                let bytes = UnsafeBufferPointer(rebasing: all[0..<length])
                var warning: String?
                switch UTF8Check.check(bytes) {
                case .valid: break
                case .repaired(let bad): warning = "\(input): \(record): replaced \(bad) invalid UTF-8 byte(s) with U+FFFD"
                case .beyondRepair(let bad):
                    return .reject(Reject(input: input, record: record, reason: "invalid UTF-8 beyond repair (\(bad) bad bytes)"))
                }
                do throws(JSONRecord.Failure) {
                    let article = try JSONRecord.parse(bytes)
                    if let warning { pendingWarning = warning }
                    return .article(article, record: record)
                } catch {
                    return .reject(Reject(input: input, record: record, reason: error.description))
                }
            }
        }
    }

    /// A warning about the record just returned (repaired UTF-8), read once by the pipeline.
    public var pendingWarning: String?

    private func isBlank(_ length: Int) -> Bool {
        for k in 0..<length where !line[k].isASCIIWhitespace { return false }
        return true
    }

    /// Fills `line` with the next line (without its `\n`); an over-long line is skipped and its size returned.
    private func nextLine() throws(InputError) -> (oversize: Int?, length: Int)? {
        line.removeAll(keepingCapacity: true)
        var total = 0
        var skipping = false
        while true {
            if chunkStart == chunkEnd {
                if atEnd { break }
                let n = try source.read(into: &chunk)
                chunkStart = 0
                chunkEnd = n
                if n == 0 {
                    atEnd = true
                    break
                }
            }
            let (from, to) = (chunkStart, chunkEnd)
            let k = chunk.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[..<to]).lineEnd(from: from) }
            let piece = k - chunkStart
            total += piece
            if !skipping {
                if total > limits.maxRecordBytes {
                    skipping = true
                    line.removeAll()
                } else {
                    line.append(contentsOf: chunk[chunkStart..<k])
                }
            }
            if k < chunkEnd {
                chunkStart = k + 1
                return (skipping ? total : nil, line.count)
            }
            chunkStart = chunkEnd
        }
        if total == 0 && line.isEmpty && !skipping { return nil }
        return (skipping ? total : nil, line.count)
    }
}
