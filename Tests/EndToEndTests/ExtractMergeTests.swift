import Foundation
import Testing
import TestSupport

/// `extract` on slices of a corpus piped through standard input, then `merge`, must give what `analyze --no-db`
/// gives on the whole (issue 8).
@Suite(.serialized) struct ExtractMergeTests {
    static let files = [
        "articles.csv", "mentions.csv", "stances.csv", "sentences.csv", "entities.csv", "pairs.csv", "trends.csv",
        "rejects.csv", "changes.csv", "report.md", "charts/entities.svg", "charts/pairs.svg", "charts/pairs-goldstein.svg",
    ]

    /// Runs `extract` on `lines` through standard input and writes its output to `part`; returns the exit status.
    @discardableResult
    func extract(_ lines: some Collection<Substring>, name: String, to part: URL, encoding: String = "json") throws -> Int32 {
        let input = lines.map { $0 + "\n" }.joined()
        let result = try runStancewatch(["extract", "--input-name", name, "--jobs", "2", "--encoding", encoding, "-q"], stdin: Data(input.utf8))
        try Fixture.write(result.stdout, to: part)
        return result.status
    }

    func lines(_ path: String) -> [Substring] {
        Fixture.read(Fixture.root.appendingPathComponent(path)).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    /// Analyses `input` (relative to the package root) and merges `parts`; returns both statuses and folders.
    func analyzeAndMerge(_ input: String, parts: [URL]) throws -> (analyze: Int32, merge: Int32, a: URL, m: URL) {
        let dir = Fixture.temporaryDirectory("merge")
        let a = dir.appendingPathComponent("analyze")
        let m = dir.appendingPathComponent("merge")
        let analyzed = try runStancewatch(["analyze", input, "--no-db", "--out", a.path, "-q"], cwd: Fixture.root)
        let merged = try runStancewatch(["merge"] + parts.map(\.path) + ["--out", m.path, "-q"], cwd: Fixture.root)
        #expect(merged.stderr.isEmpty, "\(merged.stderr)")
        return (analyzed.status, merged.status, a, m)
    }

    func expectSameFiles(_ a: URL, _ m: URL) throws {
        for name in Self.files {
            let expected = try Data(contentsOf: a.appendingPathComponent(name))
            let actual = try Data(contentsOf: m.appendingPathComponent(name))
            #expect(expected == actual, "\(name) differs between analyze and extract + merge")
        }
    }

    /// The second part in the binary encoding: merge reads either, line by line.
    @Test func twoPartsMergeToWhatAnalyzeWrites() throws {
        let all = lines("datasets/sample.jsonl")
        let dir = Fixture.temporaryDirectory("parts")
        let parts = [dir.appendingPathComponent("part-0"), dir.appendingPathComponent("part-1")]
        #expect(try extract(all.prefix(20), name: "datasets/sample.jsonl", to: parts[0]) == 0)
        #expect(try extract(all.dropFirst(20), name: "datasets/sample.jsonl", to: parts[1], encoding: "codec") == 0)
        #expect(Fixture.read(parts[0]).hasPrefix(#"{"kind":"article","line":1,"analysis":{"article":{"date":"2021-11-10","id":"sw-0001""#))
        #expect(Fixture.read(parts[1]).hasPrefix(#"{"kind":"article","line":1,"id":"sw-0021","codec":""#))
        let summary = Fixture.read(parts[1]).split(separator: "\n").last ?? ""
        #expect(summary.hasPrefix(#"{"kind":"summary","format":1,"input":"datasets/sample.jsonl","lines":28,"records":28,"accepted":28,"rejected":0"#))
        let run = try analyzeAndMerge("datasets/sample.jsonl", parts: parts)
        #expect(run.analyze == 0 && run.merge == 0)
        try expectSameFiles(run.a, run.m)
    }

    /// A bad record in the second part keeps its line number in the whole input, and the exit code says so.
    @Test func rejectLinesSurviveIntoRejectsCSV() throws {
        var all = lines("datasets/sample.jsonl")
        all.insert("not json", at: 30)
        all.insert(#"{"id":"no-text","text":""}"#, at: 3)
        let dir = Fixture.temporaryDirectory("rejects")
        let input = dir.appendingPathComponent("mixed.jsonl")
        try Fixture.write(all.map { $0 + "\n" }.joined(), to: input)
        let parts = [dir.appendingPathComponent("p0"), dir.appendingPathComponent("p1")]
        #expect(try extract(all.prefix(25), name: input.path, to: parts[0]) == 1)
        #expect(try extract(all.dropFirst(25), name: input.path, to: parts[1]) == 1)
        #expect(Fixture.read(parts[1]).contains(#"{"kind":"reject","line":7,"input":"\#(input.path)","record":"line 7","reason":"bad JSON"#))
        let run = try analyzeAndMerge(input.path, parts: parts)
        #expect(run.analyze == 1 && run.merge == 1)
        let rejects = Fixture.read(run.m.appendingPathComponent("rejects.csv")).split(separator: "\n")
        #expect(rejects.count == 3)
        #expect(rejects.last?.hasPrefix(#""\#(input.path)","line 32","bad JSON"#) == true)
        try expectSameFiles(run.a, run.m)
    }

    /// The same id in two parts: extract cannot see it, merge rejects the later one as analyze does.
    @Test func duplicateIdsAcrossPartsAreRejectedByMerge() throws {
        var all = lines("datasets/sample.jsonl")
        all.append(all[1])
        let dir = Fixture.temporaryDirectory("duplicates")
        let input = dir.appendingPathComponent("dup.jsonl")
        try Fixture.write(all.map { $0 + "\n" }.joined(), to: input)
        let parts = [dir.appendingPathComponent("p0"), dir.appendingPathComponent("p1")]
        #expect(try extract(all.prefix(24), name: input.path, to: parts[0]) == 0)
        #expect(try extract(all.dropFirst(24), name: input.path, to: parts[1]) == 0)
        let run = try analyzeAndMerge(input.path, parts: parts)
        #expect(run.analyze == 1 && run.merge == 1)
        let rejects = Fixture.read(run.m.appendingPathComponent("rejects.csv"))
        #expect(rejects.contains(#""\#(input.path)","line 49","duplicate id 'sw-0002' (first at \#(input.path) line 2)""#))
        try expectSameFiles(run.a, run.m)
    }

    /// A folder of part files is read in name order with numbers compared as numbers (Spark writes `part-00000`
    /// up to `part-99999`, then `part-100000`); `_SUCCESS` and `.crc` files are skipped. A part without its summary
    /// line (a killed task) stops the merge with exit code 2 and nothing written.
    @Test func partFolderOrderAndTruncatedParts() throws {
        let all = lines("datasets/sample.jsonl")
        let dir = Fixture.temporaryDirectory("spark")
        let folder = dir.appendingPathComponent("parts")
        for (k, name) in ["part-9", "part-10", "part-11"].enumerated() {
            try extract(all[(k * 16)..<(k * 16 + 16)], name: "datasets/sample.jsonl", to: folder.appendingPathComponent(name))
        }
        try Fixture.write("", to: folder.appendingPathComponent("_SUCCESS"))
        try Fixture.write("junk", to: folder.appendingPathComponent(".part-00000.crc"))
        let run = try analyzeAndMerge("datasets/sample.jsonl", parts: [folder])
        #expect(run.merge == 0)
        try expectSameFiles(run.a, run.m)

        let truncated = dir.appendingPathComponent("truncated")
        let text = Fixture.read(folder.appendingPathComponent("part-10")).split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        try Fixture.write(text, to: truncated)
        let out = dir.appendingPathComponent("out")
        let result = try runStancewatch(["merge", folder.appendingPathComponent("part-9").path, truncated.path, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no summary line at the end"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        // Parts extracted with other data files cannot be merged into one report.
        let other = dir.appendingPathComponent("other-data")
        let text11 = Fixture.read(folder.appendingPathComponent("part-11"))
        try Fixture.write(text11.replacingOccurrences(of: #""lexicon_version":""#, with: #""lexicon_version":"x"#), to: other)
        let mixed = try runStancewatch(["merge", folder.appendingPathComponent("part-9").path, other.path, "--out", out.path])
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("the parts must come from the same data files"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
