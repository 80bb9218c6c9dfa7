import CLibCSV
import StanceAggregate
import StanceModel

/// CSV rows in memory, quoted by libcsv's `csv_write` (every field quoted, numbers too, `\n` line ends): what
/// `CSVWriter` writes to its file, and what an article's rows are formatted into on a worker thread before the
/// ordered write stage appends them (`ArticleRows`).
///
/// A row is written field by field (`field(...)`, then `endRow()`): no array or string per row or number, each
/// field quoted straight into the buffer.
///
/// A class over raw memory (a growing array checks its uniqueness at every write). Unchecked `Sendable`: a buffer
/// is used by one thread at a time (filled on a worker, then handed over with its batch).
public final class CSVBuffer: @unchecked Sendable {
    // Private stored properties, read from outside through computed ones: the compiler then sees every access and
    // checks their exclusivity statically (a public stored property of a class is checked at run time, at every
    // access: that doubled the cost of a field).
    private var storage: UnsafeMutableRawPointer
    private var capacity: Int
    private var written = 0
    private var ended = 0
    private var fieldsInRow = 0

    /// Bytes written.
    public var count: Int { written }
    /// Rows ended.
    public var rows: Int { ended }
    private var composed: [UInt8] = []

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        storage = .allocate(byteCount: self.capacity, alignment: 16)
    }

    deinit { storage.deallocate() }

    /// The bytes written so far.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: storage, count: written) }

    /// Forgets the bytes and rows (keeping the memory).
    public func removeAll() {
        written = 0
        ended = 0
        fieldsInRow = 0
    }

    /// Appends one row.
    public func write(_ fields: [String]) {
        for field in fields { self.field(field) }
        endRow()
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
        Fixed.withText(value, digits: digits) { quote($0) }
    }

    /// Appends a field whose bytes `build` appends to the (emptied) array it is given.
    public func field(building build: (inout [UInt8]) -> Void) {
        composed.removeAll(keepingCapacity: true)
        build(&composed)
        composed.withUnsafeBufferPointer { quote($0) }
    }

    /// Ends the current row.
    public func endRow() {
        reserve(1)
        storage.storeBytes(of: 10, toByteOffset: written, as: UInt8.self)
        written += 1
        fieldsInRow = 0
        ended += 1
    }

    /// Appends `rows` whole rows already formatted (`bytes`, from another buffer).
    public func append(rows: Int, _ bytes: UnsafeRawBufferPointer) {
        precondition(fieldsInRow == 0, "rows appended inside a row")
        reserve(bytes.count)
        if let base = bytes.baseAddress { (storage + written).copyMemory(from: base, byteCount: bytes.count) }
        written += bytes.count
        ended += rows
    }

    /// Quotes the field with libcsv straight into the buffer, after a comma unless it opens the row.
    @inline(__always)
    private func quote(_ src: UnsafeBufferPointer<UInt8>) {
        let needed = 2 * src.count + 2
        reserve(needed + 1)
        // The comma is stored either way and kept only after a field (one branch fewer per field).
        storage.storeBytes(of: UInt8(ascii: ","), toByteOffset: written, as: UInt8.self)
        let at = written &+ (fieldsInRow > 0 ? 1 : 0)
        fieldsInRow &+= 1
        written = at &+ csv_write(storage + at, needed, src.baseAddress, src.count)
    }

    /// Makes room for `bytes` more bytes: a comparison when there is room, the growth out of line.
    @inline(__always)
    private func reserve(_ bytes: Int) {
        if written &+ bytes > capacity { grow(bytes) }
    }

    /// Grows the storage to hold `bytes` more bytes (at least doubling).
    @inline(never)
    private func grow(_ bytes: Int) {
        (storage, capacity) = grownStorage(storage, used: written, capacity: capacity, more: bytes, alignment: 16)
    }
}
