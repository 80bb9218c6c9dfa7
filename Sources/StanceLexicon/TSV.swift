import StanceModel

/// A tab-separated data table: a header naming the columns, then records. `#` lines are comments.
public struct TSVTable: Sendable {
    public let name: String
    public let header: [String]
    public let rows: [[String]]
    /// 1-based line number of each row in the file, for error messages.
    public let lines: [Int]

    /// Parses `text`; every row must have exactly as many fields as the header.
    public init(name: String, text: String) throws(LexiconError) {
        self.name = name
        var header: [String]?
        var rows: [[String]] = []
        var lines: [Int] = []
        var lineNumber = 0
        var failure: LexiconError?
        // One pass over the bytes: `\n`, `\r` and `\t` are never inside a multi-byte scalar, and only the fields
        // become Strings (a split by Character costs grapheme breaking, and a generic split an array of slices per
        // line; these files are read at every start).
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            var fields: [String] = []
            while i < n {
                lineNumber += 1
                let end = bytes.lineEnd(from: i)
                defer { i = end + 1 }
                let lineEnd = end > i && bytes[end - 1] == 13 ? end - 1 : end
                if lineEnd == i || bytes[i] == UInt8(ascii: "#") { continue }
                fields.removeAll(keepingCapacity: true)
                var start = i
                for j in i...lineEnd where j == lineEnd || bytes[j] == 9 {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self))
                    start = j + 1
                }
                guard let columns = header else {
                    header = fields
                    continue
                }
                guard fields.count == columns.count else {
                    failure = LexiconError(
                        file: name, line: lineNumber,
                        reason: "expected \(columns.count) tab-separated fields, found \(fields.count)")
                    return
                }
                rows.append(fields)
                lines.append(lineNumber)
            }
        }
        if let failure { throw failure }
        guard let columns = header else { throw LexiconError(file: name, line: 0, reason: "no header line") }
        self.header = columns
        self.rows = rows
        self.lines = lines
    }

    /// Checks that the header is exactly `expected`.
    public func requireHeader(_ expected: [String]) throws(LexiconError) {
        guard header == expected else {
            throw LexiconError(
                file: name, line: 0,
                reason: "header is \(header.joined(separator: ",")), expected \(expected.joined(separator: ","))")
        }
    }

    public func error(row: Int, _ reason: String) -> LexiconError {
        LexiconError(file: name, line: lines[row], reason: reason)
    }
}

/// A problem in a data file, with its place.
public struct LexiconError: Error, Sendable, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int
    public let reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}

extension String {
    /// `|`-separated alternatives, empty items dropped.
    func alternatives() -> [String] { parts(UInt8(ascii: "|")) }

    /// `;`-separated items, empty items dropped.
    func items() -> [String] { parts(UInt8(ascii: ";")) }

    /// Parts between `separator` bytes, trimmed of ASCII white space, empty ones dropped. On bytes: an ASCII
    /// separator is never inside a multi-byte scalar, and a split by Character costs grapheme breaking (these
    /// run for every data file row at every start).
    private func parts(_ separator: UInt8) -> [String] {
        fields(separatedBy: separator).compactMap { part in
            let trimmed = part.trimmingASCIIWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}

/// 64-bit FNV-1a, the fingerprint of a data file recorded in `run.json` (and the ids seen's hash, before its last
/// mix). Inlinable: a caller in another module gets it specialized for its bytes, not a call per byte through the
/// generic sequence.
@inlinable
public func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
}
