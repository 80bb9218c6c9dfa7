import Foundation
import Testing
@testable import StanceIO
import StanceModel
import TestSupport

/// Every reader with hostile input: a clear reason naming the record, never a crash, never a silent loss.
@Suite struct ReaderTests {
    func readAll(_ path: String, format: InputFormat = .auto, limit: Int = 8 << 20) throws -> [InputItem] {
        let reader = try openInput(path, format: format, limits: ReaderLimits(maxRecordBytes: limit))
        var items: [InputItem] = []
        while let item = try reader.next() { items.append(item) }
        return items
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = Fixture.temporaryDirectory("reader").appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    func rejects(_ items: [InputItem]) -> [Reject] {
        items.compactMap { if case .reject(let r) = $0 { return r } else { return nil } }
    }

    func articles(_ items: [InputItem]) -> [Article] {
        items.compactMap { if case .article(let a, _) = $0 { return a } else { return nil } }
    }

    @Test func jsonlLinesBlankLinesAndRecordNumbers() throws {
        let path = try file("a.jsonl", "{\"id\":\"1\",\"text\":\"one\"}\n\n{\"id\":\"2\",\"text\":\"two\"}\r\n{bad\n")
        let items = try readAll(path)
        #expect(articles(items).map(\.id) == ["1", "2"])
        #expect(rejects(items) == [Reject(input: path, record: "line 4", reason: "bad JSON at byte 2: expected a string")])
    }

    @Test func emptyFileGivesNothing() throws {
        #expect(try readAll(try file("empty.jsonl", "")).isEmpty)
        #expect(try readAll(try file("empty.csv", "")).isEmpty)
    }

    @Test func invalidUTF8IsRepairedOrRejected() throws {
        var few = Array("{\"id\":\"1\",\"text\":\"caf".utf8) + [0xE9] + Array(" ok and long enough text here\"}\n".utf8)
        few += Array("{\"id\":\"2\",\"text\":\"".utf8) + [UInt8](repeating: 0xFF, count: 40) + Array("\"}\n".utf8)
        let path = try file("utf8.jsonl", few)
        let items = try readAll(path)
        #expect(articles(items).map(\.text) == ["caf\u{FFFD} ok and long enough text here"])
        #expect(rejects(items) == [Reject(input: path, record: "line 2", reason: "invalid UTF-8 beyond repair (40 bad bytes)")])
    }

    @Test func aRawNULByteIsRejected() throws {
        let path = try file("nul.jsonl", Array("{\"id\":\"1\",\"text\":\"a".utf8) + [0] + Array("b\"}\n".utf8))
        #expect(rejects(try readAll(path)).map(\.reason) == ["bad JSON at byte 20: NUL byte in a string"])
    }

    @Test func anOverlongLineIsRejectedWithoutHoldingIt() throws {
        let body = String(repeating: "word ", count: 4 << 20)  // 20 MB
        let path = try file("long.jsonl", "{\"id\":\"big\",\"text\":\"\(body)\"}\n{\"id\":\"small\",\"text\":\"x\"}\n")
        let items = try readAll(path)
        #expect(articles(items).map(\.id) == ["small"])
        #expect(rejects(items).map(\.reason) == ["record is 20971542 bytes, over the limit of 8388608 (--max-record-bytes)"])
    }

    @Test func csvQuotedFieldsBOMAndCRLF() throws {
        let csv = "\u{FEFF}id,date,source,title,text\r\n1,2022-01-02,S,\"A, \"\"quoted\"\" title\",\"line one\nline two\"\r\n2,,,,plain\r\n"
        let items = try readAll(try file("a.csv", csv))
        let got = articles(items)
        #expect(got.count == 2)
        #expect(got.first == Article(id: "1", date: "2022-01-02", source: "S", title: "A, \"quoted\" title", text: "line one\nline two"))
        #expect(rejects(items).isEmpty)
    }

    @Test func csvUnterminatedQuoteIsRejected() throws {
        let path = try file("bad.csv", "id,text\n1,ok\n2,\"never closed\n")
        let items = try readAll(path)
        #expect(articles(items).map(\.id) == ["1"])
        #expect(rejects(items).count == 1)
        #expect(rejects(items).first?.reason.hasPrefix("malformed CSV at the end of the file") == true)
    }

    /// Fields over the limit are dropped from libcsv's buffer as they are read (the reader keeps at most a chunk
    /// of them), and their size still counts: quoted with spaces after the closing quote, unquoted with trailing
    /// spaces (libcsv trims those off the end of the buffer), over several 64 KiB chunks.
    @Test(arguments: [1024, 300_000])
    func csvOversizedFieldsAreCountedWhileDropped(limit: Int) throws {
        let long = String(repeating: "y", count: 200_000)
        let csv = "id,text,title\n1,\"\(long)\"  ,t\n2,ok,t\n3,\(long)   ,t\n"
        let items = try readAll(try file("wide.csv", csv), limit: limit)
        if limit == 1024 {
            #expect(articles(items).map(\.id) == ["2"])
            #expect(rejects(items).map(\.record) == ["row 1", "row 3"])
            #expect(Set(rejects(items).map(\.reason)) == ["record is 200002 bytes, over the limit of 1024 (--max-record-bytes)"])
        } else {
            #expect(articles(items).map(\.text) == [long, "ok", long])
            #expect(articles(items).map(\.title) == ["t", "t", "t"])
        }
    }

    enum Edge: String, CaseIterable, Sendable {
        /// A quoted field whose closing quote is the last byte of the first 64 KiB read.
        case closingQuoteEndsTheChunk
        /// An unquoted field whose trailing spaces straddle the end of the first 64 KiB read.
        case trailingSpacesStraddleTheChunk
    }

    /// A row of exactly the limit is whole even when libcsv's buffer holds, at the end of a read, bytes it will
    /// trim (a closing quote, trailing spaces): those must not make the row look oversized and lose its field.
    @Test(arguments: Edge.allCases)
    func csvRowOfExactlyTheLimitAtAChunkEdgeIsWhole(_ edge: Edge) throws {
        let text = String(repeating: "y", count: 1023)  // with the id "b": 1024 bytes, the limit
        let row: String
        let before: Int  // bytes of the row before the byte that must end the first read
        switch edge {
        case .closingQuoteEndsTheChunk:
            row = "b,\"\(text)\"\n"
            before = 3 + 1023
        case .trailingSpacesStraddleTheChunk:
            row = "b,\(text)  \n"
            before = 2 + 1023
        }
        // The header and a first (oversized) row fill the read up to the chosen byte.
        let header = "id,text\n"
        let first = "a," + String(repeating: "z", count: (1 << 16) - 1 - before - header.utf8.count - 3) + "\n"
        let items = try readAll(try file("edge.csv", header + first + row), limit: 1024)
        #expect(articles(items).map(\.text) == [text])
        #expect(rejects(items).map(\.record) == ["row 1"])
    }

    @Test func csvWithoutATextColumnRejectsEveryRow() throws {
        let path = try file("notext.csv", "id,body\n1,a\n2,b\n")
        let items = try readAll(path)
        #expect(rejects(items) == [
            Reject(input: path, record: "row 1", reason: "no 'text' column in the header (columns: id, body)"),
            Reject(input: path, record: "row 2", reason: "no 'text' column in the header (columns: id, body)"),
        ])
    }

    @Test func csvRowWithWrongFieldCount() throws {
        let path = try file("count.csv", "id,text\n1,a,extra\n")
        #expect(rejects(try readAll(path)).map(\.reason) == ["row has 3 fields, the header has 2"])
    }

    @Test func folderWalkFrontMatterAndUnreadableFile() throws {
        let dir = Fixture.temporaryDirectory("folder")
        try Fixture.write("---\ntitle: \"Talks\"\ndate: 2022-03\nsource: Desk\n---\nBody text.\n", to: dir.appendingPathComponent("b/one.md"))
        try Fixture.write("Plain text.", to: dir.appendingPathComponent("a.txt"))
        try Fixture.write("ignored", to: dir.appendingPathComponent("notes.pdf"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("c.txt").path, withDestinationPath: "/nonexistent/x")
        let items = try readAll(dir.path)
        #expect(articles(items) == [
            Article(id: "a.txt", text: "Plain text."),
            Article(id: "b/one.md", date: "2022-03", source: "Desk", title: "Talks", text: "Body text.\n"),
        ])
        #expect(rejects(items).map(\.record) == ["file"])
        #expect(rejects(items).first?.input.hasSuffix("c.txt") == true)
    }

    @Test func gzipInput() throws {
        let dir = Fixture.temporaryDirectory("gz")
        let plain = dir.appendingPathComponent("c.jsonl")
        try Fixture.write("{\"id\":\"z\",\"text\":\"zipped\"}\n", to: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(articles(try readAll(plain.path + ".gz")).map(\.text) == ["zipped"])
    }

    @Test func missingInputIsAnInputError() {
        #expect(throws: InputError.self) { try readAll("/nonexistent/file.jsonl") }
    }
}
