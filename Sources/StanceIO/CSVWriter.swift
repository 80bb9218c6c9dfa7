import CLibCSV

#if canImport(Glibc)
    import Glibc
#endif

/// Writes RFC 4180 CSV through libcsv's `csv_write` (every field quoted), buffered, `\n` line ends.
public final class CSVWriter {
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public let path: String
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var closed = false
    public private(set) var rows = 0

    /// Creates (truncates) the file and writes the header row.
    public init(path: String, header: [String]) throws(Failure) {
        guard let file = fopen(path, "w") else {
            throw Failure(path: path, reason: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.file = file
        buffer.reserveCapacity(1 << 20)
        try write(header)
        rows = 0
    }

    deinit {
        if !closed { fclose(file) }
        scratch.deallocate()
    }

    /// Appends one row.
    public func write(_ fields: [String]) throws(Failure) {
        for (k, field) in fields.enumerated() {
            if k > 0 { buffer.append(UInt8(ascii: ",")) }
            append(field)
        }
        buffer.append(10)
        rows += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Quotes the field with libcsv into a scratch buffer (grown to the largest field, never zero-filled) and
    /// appends the result to the output buffer.
    private func append(_ field: String) {
        var field = field
        field.withUTF8 { src in
            let needed = 2 * src.count + 2
            if needed > scratchSize {
                scratch.deallocate()
                scratchSize = max(needed, 2 * scratchSize)
                scratch = .allocate(byteCount: scratchSize, alignment: 1)
            }
            let written = csv_write(scratch, needed, src.baseAddress, src.count)
            buffer.append(contentsOf: UnsafeRawBufferPointer(start: scratch, count: written))
        }
    }

    private var scratch = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 1)
    private var scratchSize = 4096

    public func flush() throws(Failure) {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let count = buffer.count
        buffer.removeAll(keepingCapacity: true)
        if written != count {
            throw Failure(path: path, reason: "write failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Flushes and closes; a failure here (a full disk) is reported, never ignored.
    public func close() throws(Failure) {
        guard !closed else { return }
        try flush()
        closed = true
        if fflush(file) != 0 || fclose(file) != 0 {
            throw Failure(path: path, reason: "write failed: \(String(cString: strerror(errno)))")
        }
    }
}
