import CLibCSV
import StanceAggregate
import StanceModel

/// Reads a run folder's CSV files back (through libcsv) into the per-article observations `compare` needs.
public enum RunFolder {
    /// Observations of every article of the run: entities from `mentions.csv` (tone of their sentences from
    /// `sentences.csv`), pairs from the asserted stances of `stances.csv`, counted as `trends.csv` counts them.
    public static func observations(_ folder: String) throws(InputError) -> [ArticleObservations] {
        var articles: [String: [KeyObservation]] = [:]
        var order: [String] = []
        try CSVTable.read(folder + "/articles.csv") { row in
            if articles[row["article_id"]] == nil {
                articles[row["article_id"]] = []
                order.append(row["article_id"])
            }
        }
        var tones: [String: [Int: Int64]] = [:]
        try CSVTable.read(folder + "/sentences.csv", optional: true) { row in
            tones[row["article_id"], default: [:]][Int(row["sentence"]) ?? -1] = Fixed.from(Double(row["tone"]) ?? 0)
        }
        var entities: [String: [String: (count: Int, sentences: Set<Int>)]] = [:]
        try CSVTable.read(folder + "/mentions.csv") { row in
            let id = row["article_id"]
            entities[id, default: [:]][row["entity"], default: (0, [])].count += 1
            entities[id, default: [:]][row["entity"], default: (0, [])].sentences.insert(Int(row["sentence"]) ?? -1)
        }
        var pairs: [String: [String: (count: Int, sentences: Set<Int>, tenths: Int64)]] = [:]
        var entityGoldstein: [String: [String: (tenths: Int64, count: Int)]] = [:]
        try CSVTable.read(folder + "/stances.csv") { row in
            guard row["modality"] == "asserted", let root = CameoRoot(string: row["cameo"]) else { return }
            let id = row["article_id"]
            let tenths = Int64((root.goldstein * 10).rounded())
            for entity in Set([row["source_entity"], row["target_entity"]]) where entities[id]?[entity] != nil {
                entityGoldstein[id, default: [:]][entity, default: (0, 0)].tenths += tenths
                entityGoldstein[id, default: [:]][entity, default: (0, 0)].count += 1
            }
            guard !row["source_actor"].isEmpty else { return }
            let label = PairKey(row["source_actor"], row["target_actor"]).label
            pairs[id, default: [:]][label, default: (0, [], 0)].count += 1
            pairs[id, default: [:]][label, default: (0, [], 0)].sentences.insert(Int(row["sentence"]) ?? -1)
            pairs[id, default: [:]][label, default: (0, [], 0)].tenths += tenths
        }
        return order.map { id in
            let sentenceTones = tones[id] ?? [:]
            func tone(_ sentences: Set<Int>) -> (Int64, Int) {
                let known = sentences.filter { sentenceTones[$0] != nil }
                return (known.reduce(0) { $0 + sentenceTones[$1]! }, known.count)
            }
            var keys: [KeyObservation] = []
            for (entity, e) in entities[id] ?? [:] {
                let (sum, count) = tone(e.sentences)
                let g = entityGoldstein[id]?[entity] ?? (0, 0)
                keys.append(KeyObservation(kind: "entity", key: entity, count: e.count, toneSum: sum, toneCount: count, goldsteinTenths: g.tenths, goldsteinCount: g.count))
            }
            for (label, p) in pairs[id] ?? [:] {
                let (sum, count) = tone(p.sentences)
                keys.append(KeyObservation(kind: "pair", key: label, count: p.count, toneSum: sum, toneCount: count, goldsteinTenths: p.tenths, goldsteinCount: p.count))
            }
            keys.sort { ($0.kind, $0.key) < ($1.kind, $1.key) }
            return ArticleObservations(article: id, keys: keys)
        }
    }
}

/// A CSV file with a header, read row by row through libcsv.
public enum CSVTable {
    public struct Row {
        let columns: [String: Int]
        public let fields: [String]
        public subscript(name: String) -> String {
            guard let k = columns[name], k < fields.count else { return "" }
            return fields[k]
        }
    }

    /// Calls `body` for every data row; a missing optional file reads as empty.
    public static func read(_ path: String, optional: Bool = false, _ body: (Row) throws(InputError) -> Void) throws(InputError) {
        let source: ByteSource
        do throws(InputError) { source = try ByteSource(path: path) } catch {
            if optional { return }
            throw error
        }
        let parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else { throw InputError(path: path, reason: "cannot start the CSV parser") }
        defer { csv_free(parser) }
        let collector = RowCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var columns: [String: Int]?
        while true {
            let n = try source.read(into: &chunk)
            let consumed = n == 0
                ? (csv_fini(parser, tableField, tableRow, context) == 0 ? 0 : -1)
                : chunk.withUnsafeBytes { csv_parse(parser, $0.baseAddress, n, tableField, tableRow, context) }
            if consumed != n { throw InputError(path: path, reason: "malformed CSV: \(String(cString: csv_strerror(csv_error(parser))))") }
            for row in collector.rows {
                if let columns { try body(Row(columns: columns, fields: row.fields)) } else {
                    var names: [String: Int] = [:]
                    for (k, name) in row.fields.enumerated() { names[name] = k }
                    columns = names
                }
            }
            collector.rows.removeAll(keepingCapacity: true)
            if n == 0 { return }
        }
    }
}

private func tableField(_ field: UnsafeMutableRawPointer?, _ length: Int, _ data: UnsafeMutableRawPointer?) {
    Unmanaged<RowCollector>.fromOpaque(data!).takeUnretainedValue().field(field, length)
}

private func tableRow(_ terminator: Int32, _ data: UnsafeMutableRawPointer?) {
    Unmanaged<RowCollector>.fromOpaque(data!).takeUnretainedValue().endRow()
}
