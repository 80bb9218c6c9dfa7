import StanceModel

/// Parses one JSON Lines record into an `Article` with a hand-written scanner over the bytes: the five known
/// fields are read, every other value is skipped (any type, nested up to `maxDepth`).
///
/// `JSONDecoder` manages 16-18 MB/s on this kind of machine; a byte scanner for known fields passes 100 MB/s.
public enum JSONRecord {
    public static let maxDepth = 256

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case syntax(offset: Int, String)
        case wrongType(field: String, found: String)
        case missing(String)
        case empty(String)
        case badDate(String)
        case tooDeep

        public var description: String {
            switch self {
            case .syntax(let offset, let what): return "bad JSON at byte \(offset + 1): \(what)"
            case .wrongType(let field, let found): return "field '\(field)' is \(found), expected a string"
            case .missing(let field): return "no '\(field)' field"
            case .empty(let field): return "field '\(field)' is empty"
            case .badDate(let raw): return "date '\(raw)' is not yyyy-mm-dd, yyyy-mm or yyyy"
            case .tooDeep: return "JSON nested deeper than \(JSONRecord.maxDepth) levels"
            }
        }
    }

    /// Parses a record; text with invalid UTF-8 is repaired (U+FFFD), raw NUL bytes are refused.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> Article {
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        guard scanner.peek() == UInt8(ascii: "{") else { throw .syntax(offset: scanner.i, "expected an object") }
        scanner.i += 1
        // The five fields an article has, by name (no dictionary per record); a repeated key keeps its last value.
        var id: String?
        var date: String?
        var source: String?
        var title: String?
        var text: String?
        scanner.skipSpace()
        if scanner.peek() == UInt8(ascii: "}") {
            scanner.i += 1
        } else {
            while true {
                scanner.skipSpace()
                let key = try scanner.string()
                scanner.skipSpace()
                guard scanner.peek() == UInt8(ascii: ":") else { throw .syntax(offset: scanner.i, "expected ':'") }
                scanner.i += 1
                scanner.skipSpace()
                switch key {
                case "id": id = try scanner.knownValue(field: key)
                case "date": date = try scanner.knownValue(field: key)
                case "source": source = try scanner.knownValue(field: key)
                case "title": title = try scanner.knownValue(field: key)
                case "text": text = try scanner.knownValue(field: key)
                default: try scanner.skipValue(depth: 1)
                }
                scanner.skipSpace()
                let c = scanner.peek()
                scanner.i += 1
                if c == UInt8(ascii: ",") { continue }
                if c == UInt8(ascii: "}") { break }
                throw .syntax(offset: scanner.i - 1, "expected ',' or '}'")
            }
        }
        scanner.skipSpace()
        if scanner.i < bytes.count { throw .syntax(offset: scanner.i, "text after the object") }
        return try article(id: id, date: date, source: source, title: title, text: text)
    }

    /// The fields an article is made of (the other readers keep these of their columns).
    static let known: Set<String> = ["id", "date", "source", "title", "text"]

    /// Checks the required fields and the date of a record read by any reader.
    public static func article(from fields: [String: String]) throws(Failure) -> Article {
        try article(id: fields["id"], date: fields["date"], source: fields["source"], title: fields["title"], text: fields["text"])
    }

    static func article(id: String?, date: String?, source: String?, title: String?, text: String?) throws(Failure) -> Article {
        guard let id else { throw .missing("id") }
        guard !id.isASCIIBlank else { throw .empty("id") }
        guard let text else { throw .missing("text") }
        guard !text.isASCIIBlank else { throw .empty("text") }
        let rawDate = date ?? ""
        guard let date = ArticleDate.normalize(rawDate) else { throw .badDate(rawDate) }
        return Article(id: id, date: date, source: source ?? "", title: title ?? "", text: text)
    }

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        func peek() -> UInt8 { i < bytes.count ? bytes[i] : 0 }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 13 || bytes[i] == 10 { i += 1 }
        }

        mutating func knownValue(field: String) throws(Failure) -> String {
            switch peek() {
            case UInt8(ascii: "\""): return try string()
            case UInt8(ascii: "n"):
                try literal("null")
                return ""
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = i
                try skipValue(depth: 1)
                // An integer id is kept as written; a number anywhere else is a type error.
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                if field == "id", !text.contains("."), !text.contains("e"), !text.contains("E") { return text }
                throw .wrongType(field: field, found: "a number")
            case UInt8(ascii: "t"), UInt8(ascii: "f"): throw .wrongType(field: field, found: "a boolean")
            case UInt8(ascii: "["): throw .wrongType(field: field, found: "an array")
            case UInt8(ascii: "{"): throw .wrongType(field: field, found: "an object")
            default: throw .syntax(offset: i, "expected a value")
            }
        }

        mutating func literal(_ word: StaticString) throws(Failure) {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { throw .syntax(offset: i, "unexpected end") }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw .syntax(offset: i, "bad literal") }
            i += n
        }

        /// The index of the first quote, backslash or NUL byte at or after `from` (`bytes.count` when none): the
        /// bytes a string's scan stops at. Eight bytes at a time: a byte equal to `c` is a zero byte of `word ^ c`
        /// in every lane, found with the borrow of a subtraction (exact for the lowest flagged byte, which is the
        /// one taken).
        func nextSpecial(from: Int) -> Int {
            var i = from
            let n = bytes.count
            if let base = bytes.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                @inline(__always) func zeroLanes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
                while i + 8 <= n {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    let found = zeroLanes(word ^ (ones &* 0x22)) | zeroLanes(word ^ (ones &* 0x5C)) | zeroLanes(word)
                    if found != 0 { return i + found.trailingZeroBitCount / 8 }
                    i += 8
                }
            }
            while i < n, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] != 0 { i += 1 }
            return i
        }

        /// A JSON string with its escapes decoded; invalid UTF-8 is replaced, NUL bytes are refused.
        mutating func string() throws(Failure) -> String {
            guard peek() == UInt8(ascii: "\"") else { throw .syntax(offset: i, "expected a string") }
            i += 1
            let start = i
            // Fast path: no escapes.
            i = nextSpecial(from: i)
            if i < bytes.count {
                if bytes[i] == UInt8(ascii: "\"") {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                if bytes[i] == 0 { throw .syntax(offset: i, "NUL byte in a string") }
            }
            var out: [UInt8] = []
            out.reserveCapacity(256)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b == 0 { throw .syntax(offset: i, "NUL byte in a string") }
                if b != UInt8(ascii: "\\") {
                    // The run up to the next quote, escape or NUL, in one copy.
                    let run = i
                    i = nextSpecial(from: i)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    continue
                }
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), peek() == UInt8(ascii: "\\"), i + 1 < bytes.count,
                        bytes[i + 1] == UInt8(ascii: "u")
                    {
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            appendScalar(&out, 0xFFFD)
                            scalar = low
                        }
                    }
                    // Escaped NUL is dropped: it carries no text.
                    if scalar != 0 { appendScalar(&out, scalar) }
                default: throw .syntax(offset: i - 1, "bad escape")
                }
            }
            throw .syntax(offset: bytes.count, "unterminated string")
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard i + 4 <= bytes.count else { throw .syntax(offset: i, "short \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case 48...57: d = UInt32(b - 48)
                case 65...70: d = UInt32(b - 55)
                case 97...102: d = UInt32(b - 87)
                default: throw .syntax(offset: i, "bad \\u escape")
                }
                v = v << 4 | d
                i += 1
            }
            return v
        }

        func appendScalar(_ out: inout [UInt8], _ value: UInt32) {
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }

        mutating func skipValue(depth: Int) throws(Failure) {
            guard depth <= JSONRecord.maxDepth else { throw .tooDeep }
            skipSpace()
            switch peek() {
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = peek() == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let isObject = close == UInt8(ascii: "}")
                i += 1
                skipSpace()
                if peek() == close {
                    i += 1
                    return
                }
                while true {
                    skipSpace()
                    if isObject {
                        _ = try string()
                        skipSpace()
                        guard peek() == UInt8(ascii: ":") else { throw .syntax(offset: i, "expected ':'") }
                        i += 1
                    }
                    try skipValue(depth: depth + 1)
                    skipSpace()
                    let c = peek()
                    i += 1
                    if c == UInt8(ascii: ",") { continue }
                    if c == close { return }
                    throw .syntax(offset: i - 1, "expected ',' or a closing bracket")
                }
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = i
                while i < bytes.count, "+-.eE0123456789".utf8.contains(bytes[i]) { i += 1 }
                if i == start + 1 && bytes[start] == UInt8(ascii: "-") { throw .syntax(offset: start, "bad number") }
            default: throw .syntax(offset: i, "expected a value")
            }
        }
    }
}
