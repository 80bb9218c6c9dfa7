import Foundation
import Testing
import TestSupport

/// Runs the built `stancewatch` binary as a user would.
@Suite(.serialized) struct EndToEndTests {
    static let csvFiles = ["articles.csv", "mentions.csv", "stances.csv", "sentences.csv", "entities.csv", "pairs.csv", "trends.csv", "rejects.csv"]
    static let sampleInputs = ["datasets/sample.jsonl", "datasets/sample-csv", "datasets/sample-text"]

    func analyze(_ arguments: [String]) throws -> (ProcessResult, URL) {
        let out = Fixture.temporaryDirectory("e2e").appendingPathComponent("run")
        let result = try runStancewatch(["analyze"] + arguments + ["--out", out.path, "--quiet"], cwd: Fixture.root)
        return (result, out)
    }

    @Test func sampleRunWritesEveryContractFile() throws {
        let (result, out) = try analyze(Self.sampleInputs)
        #expect(result.status == 0, "\(result.stderr)")
        for name in Self.csvFiles + ["report.md", "run.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let header = Fixture.read(out.appendingPathComponent("articles.csv")).split(separator: "\n").first
        #expect(header == #""article_id","date","source","title","sentences","tokens","mentions","stances","tone","positive","negative","polarity""#)
        let stancesHeader = Fixture.read(out.appendingPathComponent("stances.csv")).split(separator: "\n").first
        #expect(stancesHeader == #""article_id","sentence","source_entity","source_actor","target_entity","target_actor","cameo","stance","quad_class","goldstein","modality","cue","evidence""#)
        // 48 + 6 + 5 articles written for the sample.
        let rows = Fixture.read(out.appendingPathComponent("articles.csv")).split(separator: "\n").count - 1
        #expect(rows == 59)
        #expect(!FileManager.default.fileExists(atPath: out.path + ".partial-\(getpid())"))
    }

    @Test func threadCountDoesNotChangeTheBytes() throws {
        let (one, outOne) = try analyze(Self.sampleInputs + ["--jobs", "1"])
        let (many, outMany) = try analyze(Self.sampleInputs + ["--jobs", "5"])
        #expect(one.status == 0 && many.status == 0)
        for name in Self.csvFiles + ["report.md"] {
            let a = try Data(contentsOf: outOne.appendingPathComponent(name))
            let b = try Data(contentsOf: outMany.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between --jobs 1 and --jobs 5")
        }
    }

    /// `--no-sentences` leaves out `sentences.csv` and nothing else: every other file has the same bytes (an
    /// article's rows are formatted without its sentences, which must not shift the other files' rows).
    @Test func noSentencesLeavesOutOnlyTheSentences() throws {
        let (full, outFull) = try analyze(Self.sampleInputs + ["--no-db"])
        let (short, outShort) = try analyze(Self.sampleInputs + ["--no-db", "--no-sentences"])
        #expect(full.status == 0 && short.status == 0)
        #expect(!FileManager.default.fileExists(atPath: outShort.appendingPathComponent("sentences.csv").path))
        for name in Self.csvFiles + ["changes.csv", "report.md"] where name != "sentences.csv" {
            let a = try Data(contentsOf: outFull.appendingPathComponent(name))
            let b = try Data(contentsOf: outShort.appendingPathComponent(name))
            #expect(a == b, "\(name) differs with --no-sentences")
        }
    }

    /// `reports/sample` is the committed output of `Scripts/regenerate-reports.sh`; it must match what the tool writes.
    @Test func committedExampleReportMatches() throws {
        let (result, out) = try analyze(Self.sampleInputs + ["--period", "month", "--no-db"])
        #expect(result.status == 0)
        let committed = Fixture.root.appendingPathComponent("reports/sample")
        for name in Self.csvFiles + ["changes.csv", "report.md", "charts/entities.svg", "charts/pairs.svg", "charts/pairs-goldstein.svg"] {
            let expected = Fixture.read(committed.appendingPathComponent(name))
            let actual = Fixture.read(out.appendingPathComponent(name))
            #expect(firstDifference(expected, actual) == nil, "reports/sample/\(name) is stale (run Scripts/regenerate-reports.sh)")
        }
    }

    /// The first differing line of two texts, as `line N: expected | actual`, or nil when equal.
    func firstDifference(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<max(a.count, b.count) where k >= a.count || k >= b.count || a[k] != b[k] {
            return "line \(k + 1): \(k < a.count ? String(a[k]) : "<end>") | \(k < b.count ? String(b[k]) : "<end>")"
        }
        return "line endings differ"
    }

    @Test func rejectedRecordsAreListedAndTheExitCodeSaysSo() throws {
        let dir = Fixture.temporaryDirectory("rejects")
        let input = dir.appendingPathComponent("mixed.jsonl")
        try Fixture.write("""
            {"id":"ok","date":"2022-01-05","text":"Russia warned Ukraine."}
            {"id":"nodate","date":20220105,"text":"x"}
            {"id":"ok","text":"a duplicate id"}
            not json
            {"id":"empty","text":""}

            """, to: input)
        let (result, out) = try analyze([input.path])
        #expect(result.status == 1)
        let rejects = Fixture.read(out.appendingPathComponent("rejects.csv")).split(separator: "\n").map(String.init)
        #expect(rejects == [
            #""input","record","reason""#,
            #""\#(input.path)","line 2","field 'date' is a number, expected a string""#,
            #""\#(input.path)","line 3","duplicate id 'ok' (first at \#(input.path) line 1)""#,
            #""\#(input.path)","line 4","bad JSON at byte 1: expected an object""#,
            #""\#(input.path)","line 5","field 'text' is empty""#,
        ])
        let articles = Fixture.read(out.appendingPathComponent("articles.csv")).split(separator: "\n").count - 1
        #expect(articles + rejects.count - 1 == 5)
    }

    /// The README's first command writes `out/sample` on a fresh checkout, where `out/` does not exist yet.
    @Test func missingParentFoldersOfTheOutputAreCreated() throws {
        let out = Fixture.temporaryDirectory("parents").appendingPathComponent("out/deeper/sample")
        let result = try runStancewatch(["analyze", "datasets/sample.jsonl", "--out", out.path, "-q"], cwd: Fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.md").path))
        #expect(FileManager.default.fileExists(atPath: out.path + ".sqlite"))
    }

    @Test func standardInput() throws {
        let out = Fixture.temporaryDirectory("stdin").appendingPathComponent("run")
        let line = #"{"id":"s1","date":"2022-02","text":"NATO condemned the attack."}"# + "\n"
        let result = try runStancewatch(["analyze", "-", "--out", out.path, "-q"], stdin: Data(line.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Fixture.read(out.appendingPathComponent("articles.csv")).contains(#""s1","2022-02""#))
    }

    @Test func unwritableOutputIsAnErrorWithExitCode2() throws {
        let result = try runStancewatch(["analyze", "datasets/sample.jsonl", "--out", "/dev/null/run", "--no-db"], cwd: Fixture.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("/dev/null/run.partial-"))
        #expect(result.stderr.contains("cannot create the output folder"))
    }

    @Test func missingInputIsRejectedNotFatal() throws {
        let (result, out) = try analyze(["datasets/sample.jsonl", "/nonexistent/corpus.jsonl"])
        #expect(result.status == 1)
        #expect(Fixture.read(out.appendingPathComponent("rejects.csv")).contains(#""/nonexistent/corpus.jsonl","file","cannot read: No such file or directory""#))
    }

    /// With a history, an unwritable place for it is the first error met, and it says so.
    @Test func unwritableHistoryIsAnErrorWithExitCode2() throws {
        let result = try runStancewatch(["analyze", "datasets/sample.jsonl", "--out", "/dev/null/run"], cwd: Fixture.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("/dev/null/run.sqlite.lock"))
    }

    @Test func userActorsFileAddsEntitiesAndCodesStillFilterTheReport() throws {
        let dir = Fixture.temporaryDirectory("actors")
        let data = dir.appendingPathComponent("mine.tsv")
        try Fixture.write("id\tactor\tkind\tnames\nnorthwind_alliance\tNWA\tigo\tNorthwind Alliance\n", to: data)
        let input = dir.appendingPathComponent("in.jsonl")
        try Fixture.write(#"{"id":"n1","date":"2022-03-01","text":"The Northwind Alliance condemned Russia."}"# + "\n", to: input)
        let (result, out) = try analyze([input.path, "--actors", data.path, "--actors", "RUS", "--no-db"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Fixture.read(out.appendingPathComponent("mentions.csv")).contains(#""Northwind Alliance","northwind_alliance","ORG","NWA""#))
        #expect(Fixture.read(out.appendingPathComponent("stances.csv")).contains(#""northwind_alliance","NWA","RUS","RUS","11""#))
    }

    @Test func compareTwoRunsWritesChanges() throws {
        let (_, a) = try analyze(["datasets/sample.jsonl", "--no-db"])
        let (_, b) = try analyze(Self.sampleInputs + ["--no-db"])
        let out = Fixture.temporaryDirectory("compare")
        let result = try runStancewatch(["compare", a.path, b.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = Fixture.read(out.appendingPathComponent("changes.csv")).split(separator: "\n")
        #expect(lines.first == #""key_kind","key","baseline","current","delta","low","high","support","metric""#)
        #expect(lines.count > 10)
    }

    /// A slice of the real Reuters corpus: every line is accepted or rejected.
    @Test func reutersSliceAccountsForEveryLine() throws {
        guard let shared = Fixture.shared else {
            print("skipped: ../shared/corpora is absent")
            return
        }
        let lines = Fixture.read(shared.appendingPathComponent("corpora/reuters21578.jsonl")).split(separator: "\n").prefix(400)
        let slice = Fixture.temporaryDirectory("reuters").appendingPathComponent("slice.jsonl")
        try Fixture.write(lines.joined(separator: "\n") + "\n", to: slice)
        let (result, out) = try analyze([slice.path, "--jobs", "2"])
        #expect(result.status == 0 || result.status == 1)
        let accepted = Fixture.read(out.appendingPathComponent("articles.csv")).split(separator: "\n").count - 1
        let rejected = Fixture.read(out.appendingPathComponent("rejects.csv")).split(separator: "\n").count - 1
        #expect(accepted + rejected == 400)
    }
}
