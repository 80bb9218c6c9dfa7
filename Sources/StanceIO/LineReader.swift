#if canImport(Glibc)
    import Glibc
#endif

/// Reads a text file (plain or `.gz`) line by line, for machine-written files such as `extract`'s parts: no
/// record parsing, no size limit. Lines are handed out as byte buffers valid only during the call.
public final class LineReader {
    public let path: String
    private let source: ByteSource
    private var chunk = [UInt8](repeating: 0, count: 1 << 18)
    private var chunkStart = 0
    private var chunkEnd = 0
    private var line: [UInt8] = []
    private var atEnd = false

    public init(path: String) throws(InputError) {
        self.path = path
        source = try ByteSource(path: path)
    }

    public var bytesRead: Int { source.bytesRead }

    /// The next line without its `\n` (and without a `\r` before it), or nil at the end.
    public func next() throws(InputError) -> [UInt8]? {
        line.removeAll(keepingCapacity: true)
        var any = false
        while true {
            if chunkStart == chunkEnd {
                if atEnd { break }
                chunkEnd = try source.read(into: &chunk)
                chunkStart = 0
                if chunkEnd == 0 {
                    atEnd = true
                    break
                }
            }
            any = true
            var k = chunkStart
            while k < chunkEnd, chunk[k] != 10 { k += 1 }
            line.append(contentsOf: chunk[chunkStart..<k])
            if k < chunkEnd {
                chunkStart = k + 1
                return trimmed()
            }
            chunkStart = chunkEnd
        }
        return any && !line.isEmpty ? trimmed() : nil
    }

    private func trimmed() -> [UInt8] {
        if line.last == 13 { line.removeLast() }
        return line
    }

    /// The last non-blank line of a plain file, read from its end (a `.gz` file is read through).
    public static func lastLine(of path: String) throws(InputError) -> [UInt8]? {
        if path.hasSuffix(".gz") {
            let reader = try LineReader(path: path)
            var last: [UInt8]?
            while let line = try reader.next() { if !line.isEmpty { last = line } }
            return last
        }
        guard let file = fopen(path, "rb") else { throw InputError(path: path, reason: ByteSource.errnoText()) }
        defer { fclose(file) }
        guard fseeko(file, 0, SEEK_END) == 0 else { throw InputError(path: path, reason: ByteSource.errnoText()) }
        let size = Int(ftello(file))
        var window = 1 << 16
        while true {
            let start = max(0, size - window)
            var bytes = [UInt8](repeating: 0, count: size - start)
            guard fseeko(file, off_t(start), SEEK_SET) == 0, fread(&bytes, 1, bytes.count, file) == bytes.count else {
                throw InputError(path: path, reason: "read failed: \(ByteSource.errnoText())")
            }
            while let last = bytes.last, last == 10 || last == 13 || last == 32 { bytes.removeLast() }
            if let newline = bytes.lastIndex(of: 10) { return Array(bytes[(newline + 1)...]) }
            if start == 0 { return bytes.isEmpty ? nil : bytes }
            window *= 4
        }
    }
}
