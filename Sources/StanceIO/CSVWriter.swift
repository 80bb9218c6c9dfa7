#if canImport(Glibc)
    import Glibc
#endif

/// Writes RFC 4180 CSV through libcsv's `csv_write` (every field quoted, numbers too), buffered, `\n` line ends:
/// a `CSVBuffer` written to the file past `flushAt` bytes.
///
/// A row is written either as an array of strings (`write`) or field by field (`field(...)`, then `endRow()`), or
/// appended already formatted (`append`: an article's rows formatted on a worker thread).
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
    private let buffer: CSVBuffer
    private let flushAt = 1 << 20
    private var closed = false
    /// Rows written, the header not counted.
    public private(set) var rows = 0

    /// Creates (truncates) the file and writes the header row.
    public init(path: String, header: [String]) throws(Failure) {
        guard let file = fopen(path, "w") else {
            throw Failure(path: path, reason: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.file = file
        buffer = CSVBuffer(capacity: flushAt + (64 << 10))
        buffer.write(header)
    }

    deinit {
        if !closed { fclose(file) }
    }

    /// Appends one row.
    public func write(_ fields: [String]) throws(Failure) {
        for field in fields { buffer.field(field) }
        try endRow()
    }

    /// Appends a text field to the current row.
    public func field(_ value: String) { buffer.field(value) }

    /// Appends an integer field.
    public func field(_ value: Int) { buffer.field(value) }

    /// Appends a decimal field in the contract's number format (`Fixed.format`).
    public func field(_ value: Double, digits: Int) { buffer.field(value, digits: digits) }

    /// Appends a field whose bytes `build` appends to the (emptied) array it is given.
    public func field(building build: (inout [UInt8]) -> Void) { buffer.field(building: build) }

    /// Ends the current row.
    public func endRow() throws(Failure) {
        buffer.endRow()
        rows += 1
        if buffer.count >= flushAt { try flush() }
    }

    /// Appends `rows` whole rows formatted elsewhere (`bytes`, from a `CSVBuffer`).
    public func append(rows: Int, _ bytes: UnsafeRawBufferPointer) throws(Failure) {
        buffer.append(rows: rows, bytes)
        self.rows += rows
        if buffer.count >= flushAt { try flush() }
    }

    public func flush() throws(Failure) {
        guard buffer.count > 0 else { return }
        let written = fwrite(buffer.bytes.baseAddress, 1, buffer.count, file)
        let expected = buffer.count
        buffer.removeAll()
        if written != expected {
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
