import Testing

@testable import StancePipeline
@testable import StanceAggregate

/// The compact table of ids seen agrees with the dictionary it replaced: the same ids found (Swift's string
/// equality, canonical equivalence included), the same first places given back.
@Suite struct SeenIDsTests {
    @Test func agreesWithADictionaryOfStrings() {
        var seen = SeenIDs()
        var reference: [String: (input: String, record: String)] = [:]
        var generator = SplitMix64(seed: 7)
        // Short and long ids, ASCII and not: composed and decomposed `é`, the Kelvin and Ångström signs beside `K`
        // and `Å`, the empty id; enough ids that the table grows several times.
        let parts = ["a", "B", "é", "e\u{301}", "\u{212A}", "K", "\u{212B}", "\u{C5}", "-", "7", "reuters-", "🇺🇦", ""]
        let inputs = ["one.jsonl", "two.csv", "folder"]
        for n in 0..<40_000 {
            var id = ""
            for _ in 0..<(1 + generator.below(4)) { id += parts[generator.below(parts.count)] }
            if generator.below(3) == 0 { id += String(generator.below(5_000)) }
            let input = inputs[generator.below(inputs.count)]
            let record = "line \(n + 1)"
            let expected = reference[id]
            let got = seen.insert(id, input: input, record: record)
            #expect(got?.input == expected?.input && got?.record == expected?.record, "id \(Array(id.unicodeScalars))")
            if expected == nil { reference[id] = (input, record) }
        }
        #expect(seen.count == reference.count)
        #expect(reference.count > 5_000)
    }

    @Test func anEqualIdIsFoundWhicheverFormCameFirst() {
        var seen = SeenIDs()
        func insert(_ id: String, _ input: String, _ record: String) -> String? {
            seen.insert(id, input: input, record: record).map { "\($0.input) \($0.record)" }
        }
        #expect(insert("\u{212A}9", "a", "line 1") == nil)
        #expect(insert("K9", "a", "line 2") == "a line 1")
        #expect(insert("cafe\u{301}", "b", "row 3") == nil)
        #expect(insert("caf\u{E9}", "c", "row 4") == "b row 3")
        #expect(insert("", "c", "row 5") == nil)
        #expect(insert("", "c", "row 6") == "c row 5")
        #expect(seen.count == 3)
    }

    /// Inputs are told apart by their bytes: two files whose names differ only in Unicode form are two inputs, and a
    /// duplicate names the one it was first met in.
    @Test func inputsAreToldApartByTheirBytes() {
        var seen = SeenIDs()
        #expect(seen.insert("a", input: "caf\u{E9}.jsonl", record: "line 1") == nil)
        #expect(seen.insert("b", input: "cafe\u{301}.jsonl", record: "line 1") == nil)
        let first = seen.insert("b", input: "cafe\u{301}.jsonl", record: "line 2")
        #expect(first.map { Array($0.input.unicodeScalars) } == Array("cafe\u{301}.jsonl".unicodeScalars))
        let back = seen.insert("a", input: "other.jsonl", record: "line 9")
        #expect(back.map { Array($0.input.unicodeScalars) } == Array("caf\u{E9}.jsonl".unicodeScalars))
    }
}
