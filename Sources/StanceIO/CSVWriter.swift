import CLibCSV
import StanceAggregate

#if canImport(Glibc)
    import Glibc
#endif

/// Writes RFC 4180 CSV through libcsv's `csv_write` (every field quoted, numbers too), buffered, `\n` line ends.
///
/// A row is written either as an array of strings (`write`) or field by field (`field(...)`, then `endRow()`),
/// which the per-article files use so that no array or string is built per row or number: libcsv quotes each
/// field straight into the output buffer.
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
    /// The output buffer, flushed to the file past `flushAt` bytes and grown for a field that does not fit.
    private var out: UnsafeMutableRawPointer
    private var count = 0
    private var capacity: Int
    private let flushAt = 1 << 20
    private var fieldsInRow = 0
    private var composed: [UInt8] = []
    private var closed = false
    public private(set) var rows = 0

    /// Creates (truncates) the file and writes the header row.
    public init(path: String, header: [String]) throws(Failure) {
        guard let file = fopen(path, "w") else {
            throw Failure(path: path, reason: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.file = file
        capacity = flushAt + (64 << 10)
        out = .allocate(byteCount: capacity, alignment: 16)
        try write(header)
        rows = 0
    }

    deinit {
        if !closed { fclose(file) }
        out.deallocate()
    }

    /// Appends one row.
    public func write(_ fields: [String]) throws(Failure) {
        for field in fields { self.field(field) }
        try endRow()
    }

    /// Appends a text field to the current row.
    public func field(_ value: String) {
        // In place when the string is contiguous UTF-8 (Swift's native strings): no copy of it to retain.
        if value.utf8.withContiguousStorageIfAvailable({ quote($0) }) != nil { return }
        var value = value
        value.withUTF8 { quote($0) }
    }

    /// Appends an integer field.
    public func field(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Fixed.maxBytes) { digits in
            var n = 0
            if value < 0 {
                digits[0] = UInt8(ascii: "-")
                n = 1
            }
            n = Fixed.writeDigits(UInt64(value.magnitude), into: digits, at: n)
            quote(UnsafeBufferPointer(rebasing: digits[..<n]))
        }
    }

    /// Appends a decimal field in the contract's number format (`Fixed.format`).
    public func field(_ value: Double, digits: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Fixed.maxBytes) { text in
            quote(UnsafeBufferPointer(rebasing: text[..<Fixed.write(value, digits: digits, into: text)]))
        }
    }

    /// Appends a field whose bytes `build` appends to the (emptied) array it is given.
    public func field(building build: (inout [UInt8]) -> Void) {
        composed.removeAll(keepingCapacity: true)
        build(&composed)
        composed.withUnsafeBufferPointer { quote($0) }
    }

    /// Ends the current row.
    public func endRow() throws(Failure) {
        reserve(1)
        out.storeBytes(of: 10, toByteOffset: count, as: UInt8.self)
        count += 1
        fieldsInRow = 0
        rows += 1
        if count >= flushAt { try flush() }
    }

    /// Quotes the field with libcsv straight into the output buffer, after a comma unless it opens the row.
    private func quote(_ src: UnsafeBufferPointer<UInt8>) {
        let needed = 2 * src.count + 2
        reserve(needed + 1)
        var at = count
        if fieldsInRow > 0 {
            out.storeBytes(of: UInt8(ascii: ","), toByteOffset: at, as: UInt8.self)
            at += 1
        }
        fieldsInRow += 1
        count = at + csv_write(out + at, needed, src.baseAddress, src.count)
    }

    /// Makes room for `bytes` more bytes (a field larger than the buffer grows it).
    private func reserve(_ bytes: Int) {
        guard count + bytes > capacity else { return }
        let bigger = max(count + bytes, 2 * capacity)
        let grown = UnsafeMutableRawPointer.allocate(byteCount: bigger, alignment: 16)
        grown.copyMemory(from: out, byteCount: count)
        out.deallocate()
        out = grown
        capacity = bigger
    }

    public func flush() throws(Failure) {
        guard count > 0 else { return }
        let written = fwrite(out, 1, count, file)
        let expected = count
        count = 0
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
