import CLibCSV
import Glibc
import StanceModel

/// CSV with a header row naming the contract's fields, parsed by libcsv in streaming chunks (quoted fields
/// with commas, quotes and newlines; a UTF-8 byte-order mark; CRLF or LF).
public final class CSVReader: RecordReader {
    public let input: String
    private let source: ByteSource
    private let limits: ReaderLimits
    private let parser: UnsafeMutablePointer<csv_parser>
    private let state = RowCollector()
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var header: [String]?
    private var columns: [String: Int] = [:]
    private var rowNumber = 0
    private var finished = false
    private var firstChunk = true

    public init(path: String, limits: ReaderLimits = ReaderLimits()) throws(InputError) {
        input = path
        source = try ByteSource(path: path)
        self.limits = limits
        parser = .allocate(capacity: 1)
        guard csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else {
            parser.deallocate()
            throw InputError(path: path, reason: "cannot start the CSV parser")
        }
        state.maxBytes = limits.maxRecordBytes
        // libcsv grows its field buffer by this many bytes at a time (128 by default: quadratic copying with an
        // allocator whose realloc always moves, as under ASan).
        csv_set_blk_size(parser, 1 << 16)
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
    }

    public var bytesRead: Int { source.bytesRead }
    public var size: Int { source.size }

    public func next() throws(InputError) -> InputItem? {
        while true {
            if !state.rows.isEmpty {
                let row = state.rows.removeFirst()
                if header == nil && row.error == nil {
                    header = row.fields
                    for (k, name) in row.fields.enumerated() where columns[name.trimmingASCIIWhitespace().lowercased()] == nil {
                        columns[name.trimmingASCIIWhitespace().lowercased()] = k
                    }
                    continue
                }
                rowNumber += 1
                if let item = item(for: row) { return item }
                rowNumber -= 1
            }
            if finished { return nil }
            try feed()
        }
    }

    /// The item for a data row; nil for a blank row.
    private func item(for row: RowCollector.Row) -> InputItem? {
        let record = "row \(rowNumber)"
        func reject(_ reason: String) -> InputItem { .reject(Reject(input: input, record: record, reason: reason)) }
        if let error = row.error { return reject(error) }
        if row.oversize > 0 {
            return reject("record is \(row.oversize) bytes, over the limit of \(limits.maxRecordBytes) (--max-record-bytes)")
        }
        guard let header else { return reject("no header row") }
        for required in ["id", "text"] where columns[required] == nil {
            return reject("no '\(required)' column in the header (columns: \(header.joined(separator: ", ")))")
        }
        if row.fields.allSatisfy({ $0.isEmpty }) { return nil }
        guard row.fields.count == header.count else {
            return reject("row has \(row.fields.count) fields, the header has \(header.count)")
        }
        if let bad = row.badUTF8, bad * 20 > row.bytes {
            return reject("invalid UTF-8 beyond repair (\(bad) bad bytes)")
        }
        var fields: [String: String] = [:]
        for (name, k) in columns where JSONRecord.known.contains(name) { fields[name] = row.fields[k] }
        if row.hasNUL { return reject("NUL byte in a field") }
        do throws(JSONRecord.Failure) {
            return .article(try JSONRecord.article(from: fields), record: record)
        } catch {
            return reject(error.description)
        }
    }

    private func feed() throws(InputError) {
        var n = try source.read(into: &chunk)
        var offset = 0
        if firstChunk {
            firstChunk = false
            if n >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF { offset = 3 }
        }
        let context = Unmanaged.passUnretained(state).toOpaque()
        if n == 0 {
            finished = true
            if csv_fini(parser, fieldCallback, rowCallback, context) != 0 {
                let reason = String(cString: csv_strerror(csv_error(parser)))
                pendingError = "malformed CSV at the end of the file: \(reason)"
            }
            return
        }
        n -= offset
        let consumed = chunk.withUnsafeBytes { buffer in
            csv_parse(parser, buffer.baseAddress! + offset, n, fieldCallback, rowCallback, context)
        }
        if consumed != n {
            let reason = String(cString: csv_strerror(csv_error(parser)))
            finished = true
            pendingError = "malformed CSV near byte \(source.bytesRead - n + consumed): \(reason); the rest of the file is not read"
        }
        dropOversizeField()
    }

    /// Keeps a field that is still open in libcsv's buffer from growing past the record limit: once the row is
    /// over it, the field's bytes are counted and dropped, so an oversized field (or a stray quote that runs
    /// to the end of the file) costs one chunk of memory, not its size.
    ///
    /// libcsv's state lives in the public `csv_parser` struct and is reloaded at each `csv_parse`. The last
    /// `spaces + 1` bytes stay: libcsv takes trailing spaces (and a closing quote) back off the end of a field.
    private func dropOversizeField() {
        let open = parser.pointee.entry_pos
        let keep = min(open, parser.pointee.spaces + 1)
        // Only a row certainly over the limit: the kept bytes may still be trimmed off, and a row of exactly the
        // limit must come through whole.
        guard state.rowBytes + open - keep > limits.maxRecordBytes, open > keep, let buffer = parser.pointee.entry_buf else { return }
        memmove(buffer, buffer + (open - keep), keep)
        parser.pointee.entry_pos = keep
        state.dropped += open - keep
    }

    /// A parse error to report once the rows before it are out.
    private var pendingError: String? {
        didSet {
            guard let reason = pendingError else { return }
            state.rows.append(RowCollector.Row(fields: [], bytes: 0, error: reason))
        }
    }
}

/// Collects libcsv's field and row callbacks into rows (C callbacks cannot capture: the object travels
/// through the `void *` argument).
final class RowCollector {
    struct Row {
        var fields: [String]
        var bytes: Int
        var oversize = 0
        var badUTF8: Int?
        var hasNUL = false
        var error: String?
    }

    var rows: [Row] = []
    var maxBytes = Int.max
    /// Bytes of the open field dropped from libcsv's buffer (see `CSVReader.dropOversizeField`).
    var dropped = 0
    private var fields: [String] = []
    private var bytes = 0

    /// Bytes of the current row's finished fields.
    var rowBytes: Int { bytes }
    private var bad = 0
    private var hasNUL = false

    func field(_ pointer: UnsafeRawPointer?, _ length: Int) {
        bytes += length + dropped
        dropped = 0
        if bytes > maxBytes {
            fields.append("")
            return
        }
        guard let pointer, length > 0 else {
            fields.append("")
            return
        }
        let buffer = UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: UInt8.self), count: length)
        if buffer.contains(0) { hasNUL = true }
        if case .repaired(let n) = UTF8Check.check(buffer) { bad += n }
        if case .beyondRepair(let n) = UTF8Check.check(buffer) { bad += n }
        fields.append(String(decoding: buffer, as: UTF8.self))
    }

    func endRow() {
        var row = Row(fields: fields, bytes: bytes)
        if bytes > maxBytes { row.oversize = bytes }
        if bad > 0 { row.badUTF8 = bad }
        row.hasNUL = hasNUL
        rows.append(row)
        fields.removeAll(keepingCapacity: true)
        bytes = 0
        bad = 0
        hasNUL = false
    }
}

private func fieldCallback(_ field: UnsafeMutableRawPointer?, _ length: Int, _ data: UnsafeMutableRawPointer?) {
    Unmanaged<RowCollector>.fromOpaque(data!).takeUnretainedValue().field(field, length)
}

private func rowCallback(_ terminator: Int32, _ data: UnsafeMutableRawPointer?) {
    Unmanaged<RowCollector>.fromOpaque(data!).takeUnretainedValue().endRow()
}
