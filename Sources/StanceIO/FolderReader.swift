import StanceModel

#if canImport(Glibc)
    import Glibc
#endif

/// The container formats of the contract.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, jsonl, csv, text
}

/// Opens the reader for one command-line input: `-` (standard input, JSON Lines), a folder, or a file chosen
/// by `format` or, with `auto`, by its extension.
public func openInput(_ path: String, format: InputFormat, limits: ReaderLimits = ReaderLimits()) throws(InputError)
    -> any RecordReader
{
    if path == "-" { return try JSONLReader(path: path, limits: limits) }
    var info = stat()
    guard stat(path, &info) == 0 else { throw InputError(path: path, reason: String(cString: strerror(errno))) }
    if (info.st_mode & S_IFMT) == S_IFDIR { return FolderReader(root: path, limits: limits) }
    switch format == .auto ? InputFormat.forPath(path) : format {
    case .csv: return try CSVReader(path: path, limits: limits)
    case .text: return TextFileReader(path: path, id: path, limits: limits)
    default: return try JSONLReader(path: path, limits: limits)
    }
}

extension InputFormat {
    static func forPath(_ path: String) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".md") { return .text }
        return .jsonl
    }

    static func isCorpusFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".txt", ".md", ".jsonl", ".jsonl.gz", ".csv"].contains { lower.hasSuffix($0) }
    }
}

/// A folder: every `.txt`/`.md`/`.jsonl`/`.jsonl.gz`/`.csv` file below it, in sorted path order.
public final class FolderReader: RecordReader {
    public let input: String
    private let limits: ReaderLimits
    private var pending: [String]
    private var current: (any RecordReader)?
    private var doneBytes = 0

    init(root: String, limits: ReaderLimits) {
        input = root
        self.limits = limits
        var files: [String] = []
        var problems: [(String, String)] = []
        Self.walk(root, "", &files, &problems)
        pending = files.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).reversed()
        walkProblems = problems
    }

    private var walkProblems: [(String, String)]

    public var bytesRead: Int { doneBytes + (current?.bytesRead ?? 0) }
    public var size: Int { 0 }

    public func next() throws(InputError) -> InputItem? {
        if let (path, reason) = walkProblems.popLast() {
            return .reject(Reject(input: path, record: "folder", reason: reason))
        }
        while true {
            if let reader = current {
                if let item = try reader.next() { return item }
                doneBytes += reader.bytesRead
                current = nil
            }
            guard let relative = pending.popLast() else { return nil }
            let path = input.hasSuffix("/") ? input + relative : input + "/" + relative
            let lower = relative.lowercased()
            do throws(InputError) {
                if lower.hasSuffix(".txt") || lower.hasSuffix(".md") {
                    current = TextFileReader(path: path, id: relative, limits: limits)
                } else if lower.hasSuffix(".csv") {
                    current = try CSVReader(path: path, limits: limits)
                } else {
                    current = try JSONLReader(path: path, limits: limits)
                }
            } catch {
                return .reject(Reject(input: path, record: "file", reason: "cannot read: \(error.reason)"))
            }
        }
    }

    private static func walk(_ root: String, _ relative: String, _ files: inout [String], _ problems: inout [(String, String)]) {
        let path = relative.isEmpty ? root : root + "/" + relative
        guard let dir = opendir(path) else {
            problems.append((path, "cannot read the folder: \(String(cString: strerror(errno)))"))
            return
        }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard stat(root + "/" + child, &info) == 0 else {
                // A broken link or a file that vanished: reported, never skipped in silence.
                if InputFormat.isCorpusFile(name) { files.append(child) }
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(root, child, &files, &problems)
            } else if InputFormat.isCorpusFile(name) {
                files.append(child)
            }
        }
    }
}

/// One `.txt` or `.md` file as one article: id = its path relative to the folder, optional front matter.
final class TextFileReader: RecordReader {
    let input: String
    private let id: String
    private let limits: ReaderLimits
    private var done = false
    private(set) var bytesRead = 0
    var size: Int { 0 }

    init(path: String, id: String, limits: ReaderLimits) {
        input = path
        self.id = id
        self.limits = limits
    }

    func next() throws(InputError) -> InputItem? {
        guard !done else { return nil }
        done = true
        func reject(_ reason: String) -> InputItem { .reject(Reject(input: input, record: "file", reason: reason)) }
        let source: ByteSource
        do throws(InputError) { source = try ByteSource(path: input) } catch { return reject("cannot read: \(error.reason)") }
        if source.size > limits.maxRecordBytes {
            return reject("record is \(source.size) bytes, over the limit of \(limits.maxRecordBytes) (--max-record-bytes)")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n: Int
            do throws(InputError) { n = try source.read(into: &chunk) } catch { return reject(error.reason) }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        bytesRead = bytes.count
        if bytes.contains(0) { return reject("NUL byte in the file") }
        switch bytes.withUnsafeBufferPointer({ UTF8Check.check($0) }) {
        case .beyondRepair(let bad): return reject("invalid UTF-8 beyond repair (\(bad) bad bytes)")
        default: break
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var fields = ["id": id]
        if let (meta, body) = FrontMatter.split(text) {
            for key in ["title", "date", "source"] { if let value = meta[key] { fields[key] = value } }
            fields["text"] = body
        } else {
            fields["text"] = text
        }
        do throws(JSONRecord.Failure) {
            return .article(try JSONRecord.article(from: fields), record: "file")
        } catch {
            return reject(error.description)
        }
    }
}

/// A `---` block at the top of a text file with `key: value` lines.
public enum FrontMatter {
    /// The fields and the body after the block, or nil when the text has no front matter.
    public static func split(_ text: String) -> ([String: String], String)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters() == "---" else { return nil }
        lines.removeFirst()
        var meta: [String: String] = [:]
        var consumed = 1
        for line in lines {
            consumed += 1
            let trimmed = line.trimmingCharacters()
            if trimmed == "---" || trimmed == "..." {
                let body = text.split(separator: "\n", maxSplits: consumed, omittingEmptySubsequences: false)
                return (meta, body.count > consumed ? String(body[consumed]) : "")
            }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = trimmed[..<colon].trimmingCharacters().lowercased()
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters()
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            meta[key] = value
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String { String(self).trimmingASCIIWhitespace() }
}
