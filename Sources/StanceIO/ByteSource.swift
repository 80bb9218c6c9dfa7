import CZlib

#if canImport(Glibc)
    import Glibc
#endif

/// A stream of bytes from a file, a gzip file or standard input, read in chunks.
final class ByteSource {
    private enum Handle {
        case file(UnsafeMutablePointer<FILE>, owned: Bool)
        case gzip(gzFile)
    }

    private let handle: Handle
    let path: String
    /// Size on disk when known (for progress); 0 for standard input.
    let size: Int
    private(set) var bytesRead = 0

    init(path: String) throws(InputError) {
        self.path = path
        if path == "-" {
            handle = .file(fdopen(0, "rb"), owned: false)
            size = 0
            return
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw InputError(path: path, reason: Self.errnoText()) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw InputError(path: path, reason: "is a folder") }
        size = Int(info.st_size)
        if path.hasSuffix(".gz") {
            guard let gz = gzopen(path, "rb") else { throw InputError(path: path, reason: Self.errnoText()) }
            gzbuffer(gz, 1 << 17)
            handle = .gzip(gz)
        } else {
            guard let file = fopen(path, "rb") else { throw InputError(path: path, reason: Self.errnoText()) }
            handle = .file(file, owned: true)
        }
    }

    deinit {
        switch handle {
        case .file(let file, let owned): if owned { fclose(file) }
        case .gzip(let gz): gzclose(gz)
        }
    }

    /// Reads up to `buffer.count` bytes; 0 at the end. Throws on a read error (a vanished or corrupt file).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        switch handle {
        case .file(let file, _):
            let n = fread(buffer.baseAddress, 1, buffer.count, file)
            if n < buffer.count && ferror(file) != 0 { throw InputError(path: path, reason: "read failed: \(Self.errnoText())") }
            bytesRead += n
            return n
        case .gzip(let gz):
            let n = gzread(gz, buffer.baseAddress, UInt32(buffer.count))
            if n < 0 {
                var code: Int32 = 0
                let message = gzerror(gz, &code).map { String(cString: $0) } ?? "gzip error"
                throw InputError(path: path, reason: "cannot decompress: \(message)")
            }
            bytesRead += Int(n)
            return Int(n)
        }
    }

    /// Reads into the whole of `array`; returns the count, 0 at the end.
    func read(into array: inout [UInt8]) throws(InputError) -> Int {
        let result: Result<Int, InputError> = array.withUnsafeMutableBytes { buffer in
            do throws(InputError) { return .success(try read(into: buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// An input that could not be read at all (not a record problem).
public struct InputError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}
