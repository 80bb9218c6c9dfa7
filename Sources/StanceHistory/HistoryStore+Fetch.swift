import Foundation
import GRDB
import StanceModel

extension HistoryStore {
    /// The stored analyses of these ids (those present), for re-emitting unchanged articles without
    /// re-extracting them.
    public func analyses(ids: [String]) throws -> [String: ArticleAnalysis] {
        var found: [String: ArticleAnalysis] = [:]
        let path = self.path
        // SQLite limits the number of bound parameters: ask in chunks.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            try read { db in
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: "SELECT id, analysis FROM article WHERE id IN (\(marks))", arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    let id: String = row[0]
                    do {
                        found[id] = try row.withUnsafeData(atIndex: 1) { data in
                            try (data ?? Data()).withUnsafeBytes { try AnalysisCodec.decode($0) }
                        }
                    } catch {
                        throw HistoryError.corrupt(path: path, articleID: id, reason: "\(error)")
                    }
                }
            }
        }
        return found
    }
}
