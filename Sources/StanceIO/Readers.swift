import StanceModel

/// One item of an input stream: a usable article, a rejected record, or a warning about a repaired record.
public enum InputItem: Sendable, Equatable {
    /// The article and where it came from (`line 12`, `row 3`, a file path).
    case article(Article, record: String)
    case reject(Reject)
    case warning(String)
}

/// A reader of one input container.
public protocol RecordReader: AnyObject {
    /// The input as named on the command line or found in a folder.
    var input: String { get }
    /// Bytes consumed so far, and the size when known (0 when not), for progress.
    var bytesRead: Int { get }
    var size: Int { get }
    /// The next item, or nil at the end. A read error ends the input with a thrown `InputError`.
    func next() throws(InputError) -> InputItem?
}

/// Reader limits.
public struct ReaderLimits: Sendable {
    /// Records (lines, rows, files) over this size are rejected, never held in memory whole.
    public var maxRecordBytes: Int

    public init(maxRecordBytes: Int = 8 << 20) { self.maxRecordBytes = maxRecordBytes }

    /// The limits a user may set: at least 1 KiB; at most 1 GiB, since offsets inside an article are 32-bit
    /// and one article is analysed in memory at several times its size.
    public static let allowedRecordBytes = 1024...(1 << 30)

    /// Why `bytes` is not an allowed `--max-record-bytes`, or nil.
    public static func problem(maxRecordBytes bytes: Int) -> String? {
        allowedRecordBytes.contains(bytes) ? nil : "--max-record-bytes must be between 1024 and \(allowedRecordBytes.upperBound) (1 GiB)"
    }
}

/// UTF-8 checks shared by the readers: a record with a few bad bytes is repaired (U+FFFD) with a warning;
/// one where more than 5% of the bytes are bad is binary or mis-encoded, beyond repair.
enum UTF8Check {
    enum Outcome { case valid, repaired(Int), beyondRepair(Int) }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        if ascii { return .valid }
        var bad = 0
        var it = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: bad += 1
            }
        }
        if bad == 0 { return .valid }
        return bad * 20 > bytes.count ? .beyondRepair(bad) : .repaired(bad)
    }
}
