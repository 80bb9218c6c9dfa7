// The benchmark corpus: every sample article under `datasets/` (JSON Lines, CSV and text files), repeated in
// an order shuffled by a seeded generator until about 2 MB of article text. Built in memory when the
// benchmarks start, never written to disk, and the same bytes on every run and machine.
//
// The readers here are deliberately small (the samples are well-formed) so that this package depends only on
// the extraction core, not on StanceIO and the pipeline.
import Foundation
import StanceModel

struct BenchCorpus: Sendable {
    /// The articles, in benchmark order (copies carry ids `rN/<id>`).
    let articles: [Article]
    /// Each article's text as UTF-8 bytes, for the tokeniser benchmark.
    let texts: [[UInt8]]
    /// Total article text in bytes (the `text` field only, as `run.json`'s `text_bytes`).
    let textBytes: Int
    /// How many distinct sample articles were read.
    let sampleCount: Int

    static let targetBytes = 2_000_000
    static let seed: UInt64 = 0x5354_414E_4345  // "STANCE"

    /// The corpus, generated once per process.
    static let shared: BenchCorpus = {
        do {
            return try make(samples: loadSamples(datasets: datasetsDirectory))
        } catch {
            fatalError("cannot build the benchmark corpus from \(datasetsDirectory.path): \(error)")
        }
    }()

    /// `datasets/` of the main package, found from this file's path (the benchmark runs from any folder).
    static var datasetsDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // StanceBenchmarks
            .deletingLastPathComponent()  // Benchmarks (sources)
            .deletingLastPathComponent()  // Benchmarks (package)
            .deletingLastPathComponent()  // the main package
            .appendingPathComponent("datasets")
    }

    static func make(samples: [Article], targetBytes: Int = targetBytes, seed: UInt64 = seed) -> BenchCorpus {
        precondition(!samples.isEmpty, "no sample articles")
        var generator = SplitMix64(seed: seed)
        var articles: [Article] = []
        var bytes = 0
        var round = 0
        while bytes < targetBytes {
            var order = Array(samples.indices)
            // Fisher-Yates with our generator (the standard library's `shuffle(using:)` algorithm may change).
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
            }
            for index in order where bytes < targetBytes {
                var article = samples[index]
                article.id = "r\(round)/\(article.id)"
                bytes += article.text.utf8.count
                articles.append(article)
            }
            round += 1
        }
        return BenchCorpus(
            articles: articles, texts: articles.map { Array($0.text.utf8) }, textBytes: bytes,
            sampleCount: samples.count)
    }

    // MARK: - Reading the samples

    static func loadSamples(datasets: URL) throws -> [Article] {
        var articles: [Article] = []
        for url in try files(under: datasets) {
            let data = try Data(contentsOf: url)
            let relative = String(url.path.dropFirst(datasets.path.count + 1))
            switch url.pathExtension.lowercased() {
            case "jsonl": articles += try jsonLines(data)
            case "csv": articles += try csv(data, name: relative)
            case "md", "txt": articles.append(textFile(data, id: relative))
            default: continue
            }
        }
        return articles
    }

    /// Corpus files below `root`, in sorted path order (README.md is documentation, not an article).
    static func files(under root: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw CorpusError("cannot list \(root.path)")
        }
        let corpusExtensions: Set<String> = ["jsonl", "csv", "md", "txt"]
        return walker.compactMap { $0 as? URL }
            .filter { corpusExtensions.contains($0.pathExtension.lowercased()) && $0.lastPathComponent != "README.md" }
            .sorted { $0.path < $1.path }
    }

    static func jsonLines(_ data: Data) throws -> [Article] {
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(Article.self, from: Data($0)) }
    }

    /// RFC 4180 with a header row naming the contract fields.
    static func csv(_ data: Data, name: String) throws -> [Article] {
        let rows = csvRows(Array(data))
        guard let header = rows.first, let idColumn = header.firstIndex(of: "id"),
            let textColumn = header.firstIndex(of: "text")
        else { throw CorpusError("\(name): no id/text header") }
        func field(_ row: [String], _ name: String) -> String {
            guard let column = header.firstIndex(of: name), column < row.count else { return "" }
            return row[column]
        }
        return rows.dropFirst().filter { $0.count > max(idColumn, textColumn) }.map { row in
            Article(
                id: row[idColumn], date: field(row, "date"), source: field(row, "source"), title: field(row, "title"),
                text: row[textColumn])
        }
    }

    static func csvRows(_ bytes: [UInt8]) -> [[String]] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = 0
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == quote, i + 1 < bytes.count, bytes[i + 1] == quote {
                    field.append(quote)
                    i += 1
                } else if b == quote {
                    quoted = false
                } else {
                    field.append(b)
                }
            } else if b == quote {
                quoted = true
            } else if b == comma {
                endField()
            } else if b == lf || b == cr {
                if b == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                endField()
                rows.append(row)
                row = []
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }

    /// A text file, with an optional front-matter block (`---`, `key: value` lines, `---`).
    static func textFile(_ data: Data, id: String) -> Article {
        var text = String(decoding: data, as: UTF8.self)
        var meta: [String: String] = [:]
        if text.hasPrefix("---\n"), let close = text.range(of: "\n---\n") {
            let header = text[text.index(text.startIndex, offsetBy: 4)..<close.lowerBound]
            for line in header.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                meta[line[..<colon].trimmingCharacters(in: .whitespaces)] =
                    line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            text = String(text[close.upperBound...])
        }
        return Article(
            id: id, date: meta["date"] ?? "", source: meta["source"] ?? "", title: meta["title"] ?? "", text: text)
    }
}

struct CorpusError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator, the same sequence on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
