import Foundation
import Testing

@testable import StanceIO
import StanceAggregate

@Suite struct CSVWriterTests {
    func written(_ body: (CSVWriter) throws -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stancewatch-csvwriter-\(UUID().uuidString).csv").path
        defer { unlink(path) }
        let writer = try CSVWriter(path: path, header: ["a", "b"])
        try body(writer)
        try writer.close()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Field by field gives the same bytes as a row of strings: every field quoted by libcsv, numbers too.
    @Test func fieldsGiveTheSameBytesAsRowsOfStrings() throws {
        let text = "say \"no\", twice\nthen\u{00E9}"
        let byRow = try written { w in
            try w.write([text, "-42", "0.1235", "", "a:1.50;b:-0.25"])
            try w.write(["x"])
        }
        let byField = try written { w in
            w.field(text)
            w.field(-42)
            w.field(0.123456, digits: 4)
            w.field("")
            w.field { bytes in bytes.append(contentsOf: Array("a:1.50;b:-0.25".utf8)) }
            try w.endRow()
            w.field("x")
            try w.endRow()
        }
        #expect(byField == byRow)
        #expect(byRow == "\"a\",\"b\"\n\"say \"\"no\"\", twice\nthen\u{00E9}\",\"-42\",\"0.1235\",\"\",\"a:1.50;b:-0.25\"\n\"x\"\n")
    }

    /// Rows formatted in a `CSVBuffer` (an article's, on a worker thread) and appended give the bytes and the row
    /// count of the same rows written field by field.
    @Test func appendedRowsGiveTheSameBytesAndCount() throws {
        func rows(_ w: (String) -> Void, _ n: (Int) -> Void, _ end: () -> Void) {
            w("first, \"quoted\"")
            n(-7)
            end()
            w("second")
            n(12)
            end()
        }
        var fieldCount = 0
        let byField = try written { w in
            rows({ w.field($0) }, { w.field($0) }, { try? w.endRow() })
            fieldCount = w.rows
        }
        let buffer = CSVBuffer(capacity: 8)
        rows({ buffer.field($0) }, { buffer.field($0) }, { buffer.endRow() })
        #expect(buffer.rows == 2)
        var appendedCount = 0
        let appended = try written { w in
            try w.append(rows: buffer.rows, buffer.bytes)
            appendedCount = w.rows
        }
        #expect(appended == byField && appendedCount == 2 && fieldCount == 2)
        #expect(byField == "\"a\",\"b\"\n\"first, \"\"quoted\"\"\",\"-7\"\n\"second\",\"12\"\n")
    }

    /// `entities.csv` rows written field by field (`Rows.writeEntity`) are the report's rows (`Rows.entityRow`)
    /// written as strings: the two lists of fields cannot drift apart.
    @Test func entityRowsWrittenByFieldMatchTheReportsRows() throws {
        var stats = EntityStats()
        stats.mentions = 12
        stats.articles = 3
        stats.toneSum = -1_234_567
        stats.toneCount = 7
        stats.firstDate = "2025-01-02"
        stats.lastDate = "2025-03"
        let entries: [(key: String, value: EntityStats)] = [("joe_biden", stats), ("caf\u{E9}, \"quoted\"", EntityStats())]
        let byField = try written { w in for entry in entries { try Rows.writeEntity(entry, to: w) } }
        let byRow = try written { w in for entry in entries { try w.write(Rows.entityRow(entry)) } }
        #expect(byField == byRow)
        #expect(byField.contains("\"joe_biden\",") && byField.contains("\"-0.1764\""))
    }

    /// A field longer than the scratch buffer (4 KiB at first) grows it.
    @Test func longFieldsGrowTheScratchBuffer() throws {
        let long = String(repeating: "\"q", count: 10_000)
        let out = try written { w in
            w.field(long)
            try w.endRow()
        }
        #expect(out == "\"a\",\"b\"\n\"" + String(repeating: "\"\"q", count: 10_000) + "\"\n")
    }
}
