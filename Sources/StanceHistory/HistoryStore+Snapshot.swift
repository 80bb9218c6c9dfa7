import Foundation
import GRDB
import StanceAggregate

/// The aggregate snapshot: the whole history's aggregate for a period, stored at the end of a run so that the
/// next run adds its new articles to it instead of folding every stored analysis again.
///
/// Validity is a counter, not a date: every `save` raises `meta.generation` in its own transaction, and a
/// snapshot records the generation it reflects. A run killed after some batches were saved leaves the snapshot
/// behind the counter, so it is not used; nothing can make a stale snapshot look current. A snapshot is stored
/// under its period and `Aggregate.rulesVersion`: one made by other aggregation rules is never read.
extension HistoryStore {
    /// The number of batches ever saved (0 for a new history).
    public func generation() throws -> Int64 {
        try read { db in try Self.generation(db) }
    }

    static func generation(_ db: Database) throws -> Int64 {
        Int64(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? "0") ?? 0
    }

    static func bumpGeneration(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO meta(key, value) VALUES ('generation', '1')
                ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
                """)
    }

    /// The whole history's aggregate for `period` when a snapshot of the current generation exists; nil when
    /// there is none, it is stale, or it does not decode (the caller folds the history instead).
    public func snapshot(period: String) throws -> Aggregate? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT generation, data FROM aggregate_snapshot WHERE period = ?", arguments: [Self.snapshotKey(period)]),
                row[0] as Int64 == (try Self.generation(db))
            else { return nil }
            return try? row.withUnsafeData(atIndex: 1) { data in
                try (data ?? Data()).withUnsafeBytes { try AggregateCodec.decode($0) }
            }
        }
    }

    /// Stores `aggregate` as the snapshot for `period` at the current generation; the caller guarantees that
    /// it is the aggregate of every stored analysis.
    public func saveSnapshot(_ aggregate: Aggregate, period: String) throws {
        try saveSnapshot(encoded: AggregateCodec.encode(aggregate), period: period)
    }

    /// The same with the aggregate already encoded (`AggregateCodec.encode`).
    public func saveSnapshot(encoded: [UInt8], period: String) throws {
        let data = Data(encoded)
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO aggregate_snapshot(period, generation, data) VALUES (?, ?, ?)
                    ON CONFLICT(period) DO UPDATE SET generation = excluded.generation, data = excluded.data
                    """,
                arguments: [Self.snapshotKey(period), try Self.generation(db), data])
        }
    }

    /// The row of a period's snapshot: the period and the aggregation rules' version (`month/1`), so that a
    /// snapshot made by other rules is never read.
    static func snapshotKey(_ period: String) -> String { "\(period)/\(Aggregate.rulesVersion)" }

    /// The distinct article dates, in byte order (the empty date included when an article has none).
    public func dates() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT date FROM article ORDER BY date") }
    }
}
