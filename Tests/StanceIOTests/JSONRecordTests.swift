import Testing
@testable import StanceIO
import StanceModel

@Suite struct JSONRecordTests {
    func parse(_ line: String) -> Result<Article, JSONRecord.Failure> {
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            do throws(JSONRecord.Failure) { return .success(try JSONRecord.parse(UnsafeBufferPointer(buffer))) }
            catch { return .failure(error) }
        }
    }

    @Test func readsTheFiveFieldsAndSkipsOthers() throws {
        let article = try parse(#"{"id":"a1","extra":{"x":[1,2,{"y":null}]},"date":"2022-02-24T05:00:00Z","source":"S","title":"T","text":"Body \u00e9\ud83d\ude00 \"q\"\n"}"#).get()
        #expect(article == Article(id: "a1", date: "2022-02-24", source: "S", title: "T", text: "Body é😀 \"q\"\n"))
    }

    @Test(arguments: [
        (#"{"id":"a","text":"x","date":20220101}"#, "field 'date' is a number, expected a string"),
        (#"{"id":"a","text":"x","date":"24/02/2022"}"#, "date '24/02/2022' is not yyyy-mm-dd, yyyy-mm or yyyy"),
        (#"{"id":"a","date":"2022"}"#, "no 'text' field"),
        (#"{"text":"x"}"#, "no 'id' field"),
        (#"{"id":"a","text":"   "}"#, "field 'text' is empty"),
        (#"{"id":"a","text":["x"]}"#, "field 'text' is an array, expected a string"),
        (#"{"id":"a","text":"x"#, "bad JSON at byte 20: unterminated string"),
        (#"[1,2]"#, "bad JSON at byte 1: expected an object"),
        (#"{"id":"a","text":"x"} trailing"#, "bad JSON at byte 23: text after the object"),
        ("{\"id\":\"a\",\"text\":\"x\u{0}y\"}", "bad JSON at byte 20: NUL byte in a string"),
    ])
    func rejectsWithAReason(line: String, reason: String) {
        guard case .failure(let failure) = parse(line) else {
            Issue.record("accepted \(line)")
            return
        }
        #expect(failure.description == reason)
    }

    /// The string scan reads eight bytes at a time: a quote, escape or NUL byte is found at every offset from a
    /// word boundary, after plain, multi-byte and 0x01 bytes (the byte a borrow can wrongly flag).
    @Test func specialBytesAreFoundAtEveryOffset() throws {
        for filler in ["a", "é", "\u{1}"] {
            for offset in 0..<20 {
                let before = String(repeating: filler, count: offset)
                let text = try parse(#"{"id":"a","text":"\#(before)\"q\\\n\#(before)"}"#).get().text
                #expect(text == before + "\"q\\\n" + before, "filler \(filler.unicodeScalars.first!.value), offset \(offset)")
                let plain = try parse(#"{"id":"a","text":"\#(before)z"}"#).get().text
                #expect(plain == before + "z")
                guard case .failure(let failure) = parse("{\"id\":\"a\",\"text\":\"\(before)\u{0}\(before)x\"}") else {
                    Issue.record("accepted a NUL after \(offset) fillers")
                    continue
                }
                #expect(failure.description == "bad JSON at byte \(19 + before.utf8.count): NUL byte in a string")
            }
        }
    }

    @Test func partialDatesAndIntegerIds() throws {
        #expect(try parse(#"{"id":7,"date":"1987-03","text":"x"}"#).get() == Article(id: "7", date: "1987-03", text: "x"))
        #expect(try parse(#"{"id":"u","date":"1946","text":"x"}"#).get().date == "1946")
        #expect(try parse(#"{"id":"u","date":null,"text":"x"}"#).get().date == "")
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        guard case .failure(let failure) = parse(#"{"id":"a","text":"x","deep":\#(deep)}"#) else {
            Issue.record("accepted")
            return
        }
        #expect(failure == .tooDeep)
    }

    @Test(arguments: [
        ("2024-02-29", "2024-02-29"), ("2023-02-29", nil), ("1987", "1987"), ("1987-13", nil), ("", ""),
        ("2022-02-24 10:00", "2022-02-24"), ("2022-2-4", nil), ("abcd", nil),
        // Trimmed, then read in place: every length the reader stops at, and a timestamp cut to its date.
        (" 1987-03 ", "1987-03"), ("\t2024-02-29T23:59:59Z\n", "2024-02-29"), ("2024-02-29X", nil), ("2024-02-2", nil),
        ("2024-0", nil), ("198", nil), ("0000", nil), ("2024-02-291", nil), ("1987-10-19 ", "1987-10-19"),
    ])
    func dates(raw: String, expected: String?) {
        #expect(ArticleDate.normalize(raw) == expected)
    }
}
