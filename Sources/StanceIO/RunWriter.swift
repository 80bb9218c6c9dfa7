import StanceAggregate
import StanceModel

#if canImport(Glibc)
    import Glibc
#endif

/// Writes one run's folder. Every file goes to a temporary folder beside the target first and the folder is
/// moved into place only when all of it is written, so a crash never leaves a report that looks whole.
public final class RunWriter {
    public let outDirectory: String
    public let workDirectory: String
    private let articles: CSVWriter
    private let mentions: CSVWriter
    private let stances: CSVWriter
    private let sentences: CSVWriter?
    private let rejects: CSVWriter
    public private(set) var rejectCount = 0

    /// Creates the temporary folder and opens the streamed files.
    public init(outDirectory: String, writeSentences: Bool = true) throws(CSVWriter.Failure) {
        var out = outDirectory
        while out.count > 1 && out.hasSuffix("/") { out.removeLast() }
        self.outDirectory = out
        workDirectory = "\(out).partial-\(getpid())"
        Self.makeParents(of: out)
        Self.removeTree(workDirectory)
        guard mkdir(workDirectory, 0o755) == 0 else {
            throw CSVWriter.Failure(path: workDirectory, reason: "cannot create the output folder: \(String(cString: strerror(errno)))")
        }
        articles = try CSVWriter(path: "\(workDirectory)/articles.csv", header: Rows.articles)
        mentions = try CSVWriter(path: "\(workDirectory)/mentions.csv", header: Rows.mentions)
        stances = try CSVWriter(path: "\(workDirectory)/stances.csv", header: Rows.stances)
        sentences = writeSentences ? try CSVWriter(path: "\(workDirectory)/sentences.csv", header: Rows.sentences) : nil
        rejects = try CSVWriter(path: "\(workDirectory)/rejects.csv", header: Rows.rejects)
    }

    /// Whether the run writes `sentences.csv` (what `Rows.ArticleRows` must format).
    public var writesSentences: Bool { sentences != nil }

    /// Appends one article's rows (called in input order).
    public func write(_ analysis: ArticleAnalysis) throws(CSVWriter.Failure) {
        try append(Rows.ArticleRows(analysis, sentences: writesSentences))
    }

    /// Appends one article's rows formatted beforehand (called in input order).
    public func append(_ rows: Rows.ArticleRows) throws(CSVWriter.Failure) {
        try withExtendedLifetime(rows) { () throws(CSVWriter.Failure) in
            try articles.append(rows: 1, rows.articleBytes)
            try mentions.append(rows: rows.mentions, rows.mentionBytes)
            try stances.append(rows: rows.stances, rows.stanceBytes)
            try sentences?.append(rows: rows.sentences, rows.sentenceBytes)
        }
    }

    public func reject(_ reject: Reject) throws(CSVWriter.Failure) {
        rejectCount += 1
        try rejects.write(Rows.reject(reject))
    }

    /// Flushes and closes the per-article files (again: nothing).
    public func closeStreams() throws(CSVWriter.Failure) {
        for writer in [articles, mentions, stances, rejects] + (sentences.map { [$0] } ?? []) { try writer.close() }
    }

    /// Writes `entities.csv`, `pairs.csv` and `trends.csv` into `directory` (no other state: it may run on its own
    /// thread beside the report).
    public static func writeAggregateTables(_ aggregate: Aggregate, sorted: Rows.Sorted, in directory: String) throws(CSVWriter.Failure) {
        try writeTable("\(directory)/entities.csv", Rows.entities) { w throws(CSVWriter.Failure) in
            for entry in sorted.entities { try Rows.writeEntity(entry, to: w) }
        }
        try writeTable("\(directory)/pairs.csv", Rows.pairs, sorted.pairRows)
        try writeTable("\(directory)/trends.csv", Rows.trends) { w throws(CSVWriter.Failure) in
            for entry in sorted.trends { try Rows.writeTrend(entry, to: w) }
        }
    }

    /// Writes the extra tables and files, then moves the folder into place (after `closeStreams` and the
    /// aggregate tables).
    public func finish(
        extraTables: [(name: String, header: [String], rows: [[String]])], extraFiles: [(name: String, contents: String)]
    ) throws(CSVWriter.Failure) {
        for table in extraTables { try writeTable(table.name, table.header, table.rows) }
        for file in extraFiles { try writeText(file.name, file.contents) }
        try commit()
    }

    public func writeTable(_ name: String, _ header: [String], _ rows: [[String]]) throws(CSVWriter.Failure) {
        try Self.writeTable("\(workDirectory)/\(name)", header, rows)
    }

    private static func writeTable(_ path: String, _ header: [String], _ rows: [[String]]) throws(CSVWriter.Failure) {
        try writeTable(path, header) { writer throws(CSVWriter.Failure) in for row in rows { try writer.write(row) } }
    }

    /// Writes a table whose rows `write` gives the writer.
    private static func writeTable(
        _ path: String, _ header: [String], _ write: (CSVWriter) throws(CSVWriter.Failure) -> Void
    ) throws(CSVWriter.Failure) {
        let writer = try CSVWriter(path: path, header: header)
        try write(writer)
        try writer.close()
    }

    /// Writes a text file inside the run folder (sub-folders such as `charts/` are created).
    public func writeText(_ name: String, _ contents: String) throws(CSVWriter.Failure) {
        let path = "\(workDirectory)/\(name)"
        if let slash = name.lastIndex(of: "/") {
            let folder = "\(workDirectory)/\(name[..<slash])"
            if access(folder, F_OK) != 0 && mkdir(folder, 0o755) != 0 {
                throw CSVWriter.Failure(path: folder, reason: "cannot create: \(String(cString: strerror(errno)))")
            }
        }
        guard let file = fopen(path, "w") else {
            throw CSVWriter.Failure(path: path, reason: "cannot create: \(String(cString: strerror(errno)))")
        }
        var text = contents
        let ok = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) == $0.count }
        if !ok || fflush(file) != 0 || fclose(file) != 0 {
            throw CSVWriter.Failure(path: path, reason: "write failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Replaces the output folder with the finished one.
    private func commit() throws(CSVWriter.Failure) {
        let old = "\(outDirectory).old-\(getpid())"
        var info = stat()
        let exists = stat(outDirectory, &info) == 0
        if exists {
            guard rename(outDirectory, old) == 0 else {
                throw CSVWriter.Failure(path: outDirectory, reason: "cannot replace the old output: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(workDirectory, outDirectory) == 0 else {
            let reason = String(cString: strerror(errno))
            if exists { _ = rename(old, outDirectory) }
            throw CSVWriter.Failure(path: outDirectory, reason: "cannot move the output into place: \(reason)")
        }
        if exists { Self.removeTree(old) }
    }

    /// Removes the temporary folder (after a failure or an interruption).
    public func abandon() { Self.removeTree(workDirectory) }

    /// Creates the folders above `path` that do not exist yet (`mkdir -p` of its parent): `--out out/sample` works
    /// on a fresh checkout where `out/` is not there.
    public static func makeParents(of path: String) {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        guard !parts.isEmpty else { return }
        var current = path.hasPrefix("/") ? "" : "."
        if path.hasPrefix("/") { parts = parts.dropFirst() }
        for part in parts where !part.isEmpty {
            current += "/" + part
            if access(current, F_OK) != 0 { mkdir(current, 0o755) }
        }
    }

    static func removeTree(_ path: String) {
        guard let dir = opendir(path) else {
            unlink(path)
            return
        }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let child = path + "/" + name
            var info = stat()
            if lstat(child, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { removeTree(child) } else { unlink(child) }
        }
        closedir(dir)
        rmdir(path)
    }
}
