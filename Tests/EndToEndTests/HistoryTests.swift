import Foundation
import StanceHistory
import Testing
import TestSupport

/// Nightly runs on one history: no double counting, no loss after a kill, one run at a time.
@Suite(.serialized) struct HistoryTests {
    static let aggregates = ["entities.csv", "pairs.csv", "trends.csv", "changes.csv"]

    /// Sample articles written again under new ids, with dates spread over months, as a larger corpus.
    func corpus(copies: Int, in dir: URL) throws -> URL {
        let lines = Fixture.read(Fixture.root.appendingPathComponent("datasets/sample.jsonl")).split(separator: "\n")
        var out: [String] = []
        for copy in 0..<copies {
            for line in lines {
                var object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                object["id"] = "\(object["id"]!)-\(copy)"
                let month = 1 + (copy % 9)
                object["date"] = "2023-0\(month)-1\(copy % 10)"
                out.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        let url = dir.appendingPathComponent("corpus.jsonl")
        try Fixture.write(out.joined(separator: "\n") + "\n", to: url)
        return url
    }

    func run(_ args: [String]) throws -> ProcessResult { try runStancewatch(["analyze"] + args + ["-q"], cwd: Fixture.root) }

    /// Where the run's aggregates came from: `snapshot` (the stored one plus the new articles) or `folded`.
    func aggregatesSource(_ run: URL) -> String? {
        let info = try? JSONSerialization.jsonObject(with: Data(Fixture.read(run.appendingPathComponent("run.json")).utf8)) as? [String: Any]
        return (info?["history"] as? [String: Any])?["aggregates"] as? String
    }

    /// `run.json`'s `stage_seconds`.
    func stageSeconds(_ run: URL) -> [String: Double] {
        let info = try? JSONSerialization.jsonObject(with: Data(Fixture.read(run.appendingPathComponent("run.json")).utf8)) as? [String: Any]
        return (info?["stage_seconds"] as? [String: Any])?.compactMapValues { ($0 as? NSNumber)?.doubleValue } ?? [:]
    }

    func same(_ a: URL, _ b: URL, _ files: [String]) {
        for name in files {
            #expect(Fixture.read(a.appendingPathComponent(name)) == Fixture.read(b.appendingPathComponent(name)), "\(name) differs")
        }
    }

    @Test func nightsGiveTheSameAggregatesAsOneRunAndRepeatsChangeNothing() throws {
        let dir = Fixture.temporaryDirectory("nights")
        let all = try corpus(copies: 3, in: dir)
        func date(_ line: Substring) -> String {
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["date"] as? String ?? ""
        }
        // Split by date into three nights, as a nightly job would receive them.
        let lines = Fixture.read(all).split(separator: "\n").sorted { (date($0), $0) < (date($1), $1) }
        let nights = stride(from: 0, to: lines.count, by: lines.count / 3 + 1).map { Array(lines[$0..<min($0 + lines.count / 3 + 1, lines.count)]) }
        #expect(try run([all.path, "--out", dir.appendingPathComponent("whole").path, "--no-db"]).status == 0)
        let db = dir.appendingPathComponent("h.sqlite").path
        for (k, night) in nights.enumerated() {
            let file = dir.appendingPathComponent("night\(k).jsonl")
            try Fixture.write(night.joined(separator: "\n") + "\n", to: file)
            #expect(try run([file.path, "--out", dir.appendingPathComponent("night\(k)").path, "--db", db]).status == 0)
        }
        same(dir.appendingPathComponent("whole"), dir.appendingPathComponent("night2"), Self.aggregates)
        // Every stage is timed, the end of a run with a history too (reading back and comparing the last periods).
        let stages = ["read", "extract", "write_and_aggregate", "final_write", "history", "comparison"]
        #expect(stageSeconds(dir.appendingPathComponent("night2")).keys.sorted() == stages.sorted())
        #expect((stageSeconds(dir.appendingPathComponent("night2"))["history"] ?? 0) > 0)
        #expect(stageSeconds(dir.appendingPathComponent("whole"))["history"] == 0)
        // The first night starts from the empty snapshot of the empty history and stores its own; the next ones
        // add to it. None reads the stored analyses back.
        #expect((0..<3).map { aggregatesSource(dir.appendingPathComponent("night\($0)")) } == ["snapshot", "snapshot", "snapshot"])
        // The first night's outputs are those of a fold of what it stored (--reprocess folds).
        #expect(try run([dir.appendingPathComponent("night0.jsonl").path, "--out", dir.appendingPathComponent("night0-again").path,
                         "--db", dir.appendingPathComponent("h0.sqlite").path, "--reprocess"]).status == 0)
        #expect(aggregatesSource(dir.appendingPathComponent("night0-again")) == "folded")
        same(dir.appendingPathComponent("night0"), dir.appendingPathComponent("night0-again"), Self.aggregates + ["report.md"])
        // The last night again: nothing new, the same aggregates.
        let again = dir.appendingPathComponent("again")
        #expect(try run([dir.appendingPathComponent("night2.jsonl").path, "--out", again.path, "--db", db]).status == 0)
        same(dir.appendingPathComponent("night2"), again, Self.aggregates + ["articles.csv", "report.md"])
        #expect(aggregatesSource(again) == "snapshot")
        let history = try runStancewatch(["history", "--db", db])
        #expect(history.stdout.contains("\(lines.count) articles"))
    }

    /// The comparison of a run with a history reads the last two periods' articles back (and keeps only the
    /// current period's example sentences): its changes and the examples the report shows are those of a full
    /// fold of the same history (`--reprocess` folds), both when it reads their analyses (the first run, which
    /// stores each article's comparison part) and when it reads those parts (the next run, which reads back only
    /// the analyses behind the examples shown). The later month repeats the whole sample, the earlier only its
    /// first half, so some changes are clear and the report quotes their examples.
    @Test func theComparisonReadBackGivesTheFoldsChangesAndExamples() throws {
        let dir = Fixture.temporaryDirectory("readback")
        let lines = Fixture.read(Fixture.root.appendingPathComponent("datasets/sample.jsonl")).split(separator: "\n")
        var out: [String] = []
        for copy in 0..<2 {
            for (k, line) in lines.enumerated() {
                for (month, wanted) in [("02", k < lines.count / 2), ("03", true)] where wanted {
                    var object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                    object["id"] = "\(object["id"]!)-\(month)-\(copy)"
                    object["date"] = "2023-\(month)-1\(copy)"
                    out.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
                }
            }
        }
        let corpus = dir.appendingPathComponent("corpus.jsonl")
        try Fixture.write(out.joined(separator: "\n") + "\n", to: corpus)
        let (db, copy) = (dir.appendingPathComponent("h.sqlite").path, dir.appendingPathComponent("copy.sqlite").path)
        #expect(try run([corpus.path, "--out", dir.appendingPathComponent("night").path, "--db", db]).status == 0)
        #expect(aggregatesSource(dir.appendingPathComponent("night")) == "snapshot")
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        #expect(try run([corpus.path, "--out", dir.appendingPathComponent("folded").path, "--db", copy, "--reprocess"]).status == 0)
        #expect(aggregatesSource(dir.appendingPathComponent("folded")) == "folded")
        same(dir.appendingPathComponent("night"), dir.appendingPathComponent("folded"), ["changes.csv", "report.md"])
        let report = Fixture.read(dir.appendingPathComponent("night/report.md"))
        #expect(report.contains("\n- 2023-03-1"), "the report quotes no example of the current month")
        // The first run stored every compared article's part; the next reads them.
        var kinds: [String: Int] = [:]
        try HistoryStore(path: db, access: .readOnly).forEachComparisonSource(since: nil, until: nil) { source in
            if case .part = source { kinds["part", default: 0] += 1 } else { kinds["analysis", default: 0] += 1 }
        }
        #expect(kinds == ["part": out.count])
        #expect(try run([corpus.path, "--out", dir.appendingPathComponent("again").path, "--db", db]).status == 0)
        same(dir.appendingPathComponent("again"), dir.appendingPathComponent("folded"), ["changes.csv", "report.md"])
        try checkExamples(in: dir.appendingPathComponent("again"), corpus: corpus)
    }

    /// Each example the report quotes is what it stands for, found independently in the run's tables: a pair's,
    /// the evidence of one of the article's stances of that pair (`stances.csv`); an entity's, the sentence of
    /// the entity's first mention in the article (`mentions.csv`, `sentences.csv`, cut from the corpus's text).
    func checkExamples(in run: URL, corpus: URL) throws {
        let texts = Dictionary(uniqueKeysWithValues: try Fixture.read(corpus).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return (object["id"] as! String, object["text"] as! String)
        })
        let stances = try csvRows(run.appendingPathComponent("stances.csv")).dropFirst()
        let mentions = try csvRows(run.appendingPathComponent("mentions.csv")).dropFirst()
        let sentences = try csvRows(run.appendingPathComponent("sentences.csv")).dropFirst()
        func sentence(_ article: String, _ key: String) -> String? {
            guard let first = mentions.first(where: { $0[0] == article && $0[5] == key }),
                  let s = sentences.first(where: { $0[0] == article && $0[1] == first[1] }),
                  let text = texts[article], let start = Int(s[2]), let end = Int(s[3]) else { return nil }
            let scalars = Array(text.unicodeScalars)[start..<end]
            return String(String.UnicodeScalarView(scalars)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var checked = 0
        var block: (key: String, kind: String)?
        for line in Fixture.read(run.appendingPathComponent("report.md")).split(separator: "\n").map(String.init) {
            if line.hasPrefix("**"), let end = line.dropFirst(2).range(of: "** (") {
                block = (String(line[line.index(line.startIndex, offsetBy: 2)..<end.lowerBound]),
                         line.contains("(pair)") ? "pair" : "entity")
                continue
            }
            guard let (key, kind) = block, line.hasPrefix("- "), let tick = line.firstIndex(of: "`"),
                  let close = line[line.index(after: tick)...].firstIndex(of: "`") else {
                if !line.hasPrefix("- ") { block = nil }
                continue
            }
            let article = String(line[line.index(after: tick)..<close])
            let quoted = String(line[line.index(close, offsetBy: 3)...]).replacingOccurrences(of: "\\", with: "")
            func matches(_ text: String) -> Bool {
                quoted == text || (quoted.hasSuffix("…") && text.hasPrefix(String(quoted.dropLast())))
            }
            if kind == "pair" {
                #expect(stances.contains { $0[0] == article && "\($0[3])->\($0[5])" == key && matches($0[12]) }, "\(key): \(line)")
            } else {
                #expect(sentence(article, key).map(matches) == true, "\(key): \(line)")
            }
            checked += 1
        }
        #expect(checked >= 6, "the report quotes too few examples to check")
    }

    /// A finished run closes its history: the write-ahead log is folded back into the database file, so that the
    /// file alone (a backup, a copy to another machine) holds every stored article.
    @Test func aFinishedRunLeavesTheWholeHistoryInItsFile() throws {
        let dir = Fixture.temporaryDirectory("closed")
        let db = dir.appendingPathComponent("h.sqlite").path
        #expect(try run(["datasets/sample.jsonl", "--out", dir.appendingPathComponent("out").path, "--db", db]).status == 0)
        for suffix in ["-wal", "-shm"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: db + suffix)[.size] as? Int) ?? 0
            #expect(size == 0, "\(suffix) holds \(size) bytes after the run")
        }
        // The file alone, copied away, has the articles.
        let copy = dir.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let history = try runStancewatch(["history", "--db", copy])
        let articles = Fixture.read(Fixture.root.appendingPathComponent("datasets/sample.jsonl")).split(separator: "\n").count
        #expect(history.stdout.contains("\(articles) articles"), "\(history.stdout)")
    }

    @Test func aRunKilledMidwayIsCompletedByTheNextWithNoLossAndNoDuplicate() throws {
        let dir = Fixture.temporaryDirectory("kill")
        let input = try corpus(copies: 30, in: dir)
        let db = dir.appendingPathComponent("h.sqlite").path
        let out = dir.appendingPathComponent("run")
        // The run reads standard input, which is given only the first half and kept open: it cannot finish before
        // it is killed, however fast it is (a run of the whole file can end before the history shows a batch).
        let process = Process()
        process.executableURL = Fixture.binary
        process.arguments = ["analyze", "-", "--out", out.path, "--db", db, "--batch-size", "40", "-q", "--jobs", "2"]
        process.standardError = FileHandle.nullDevice
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        let lines = try String(contentsOf: input, encoding: .utf8).split(separator: "\n")
        stdin.fileHandleForWriting.write(Data((lines.prefix(lines.count / 2).joined(separator: "\n") + "\n").utf8))
        // Wait until at least one batch is committed, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let h = try? runStancewatch(["history", "--db", db]), h.stdout.contains("running") && !h.stdout.contains(": 0 articles") { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? stdin.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: out.path), "a killed run must not leave an output folder")
        // Rerun: completes, and equals an uninterrupted run.
        #expect(try run([input.path, "--out", out.path, "--db", db]).status == 0)
        let clean = dir.appendingPathComponent("clean")
        #expect(try run([input.path, "--out", clean.path, "--db", dir.appendingPathComponent("clean.sqlite").path]).status == 0)
        same(out, clean, Self.aggregates + ["articles.csv", "mentions.csv", "stances.csv", "report.md"])
        let history = try runStancewatch(["history", "--db", db])
        #expect(history.stdout.contains(": 1440 articles"))
        #expect(history.stdout.contains("interrupted"))
    }

    /// The snapshot cannot take an article's old counts out: a night that replaces a stored article, or asks
    /// for a period without a snapshot, folds the history again, and gives what a single run gives.
    @Test func aChangedArticleOrANewPeriodFoldsTheHistoryAgain() throws {
        let dir = Fixture.temporaryDirectory("snapshot")
        let all = try corpus(copies: 2, in: dir)
        let db = dir.appendingPathComponent("h.sqlite").path
        #expect(try run([all.path, "--out", dir.appendingPathComponent("first").path, "--db", db]).status == 0)
        // One article corrected: its text changes, so the night replaces it.
        var lines = Fixture.read(all).split(separator: "\n").map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: #""text":""#, with: #""text":"Russia condemned Ukraine. "#)
        let changed = dir.appendingPathComponent("changed.jsonl")
        try Fixture.write(lines.joined(separator: "\n") + "\n", to: changed)
        let fixed = dir.appendingPathComponent("fixed")
        #expect(try run([changed.path, "--out", fixed.path, "--db", db]).status == 0)
        #expect(aggregatesSource(fixed) == "folded")
        let single = dir.appendingPathComponent("single")
        #expect(try run([changed.path, "--out", single.path, "--db", dir.appendingPathComponent("single.sqlite").path]).status == 0)
        same(single, fixed, Self.aggregates + ["report.md"])
        // Weeks: no snapshot yet, then one.
        for (name, source) in [("week1", "folded"), ("week2", "snapshot")] {
            let out = dir.appendingPathComponent(name)
            #expect(try run([changed.path, "--out", out.path, "--db", db, "--period", "week"]).status == 0)
            #expect(aggregatesSource(out) == source)
        }
        let weeks = dir.appendingPathComponent("weeks")
        #expect(try run([changed.path, "--out", weeks.path, "--db", dir.appendingPathComponent("single.sqlite").path, "--period", "week"]).status == 0)
        same(weeks, dir.appendingPathComponent("week2"), Self.aggregates + ["report.md"])
        same(weeks, dir.appendingPathComponent("week1"), Self.aggregates + ["report.md"])
    }

    /// Comparison ranges whose upper bounds differ in precision ("2023" ends after "2023-02-28", though it
    /// sorts first): the run from the snapshot reads every article the fold reads.
    @Test func rangesOfMixedPrecisionGiveTheSameChangesFromTheSnapshot() throws {
        let dir = Fixture.temporaryDirectory("ranges")
        let all = try corpus(copies: 4, in: dir)
        let db = dir.appendingPathComponent("h.sqlite").path
        let options = ["--baseline", "2022-12..2023", "--current", "2023-02-01..2023-02-28"]
        // --reprocess makes the first run fold (a first run into an empty history would start from its empty snapshot).
        for name in ["folded", "snapshot"] {
            let out = dir.appendingPathComponent(name)
            #expect(try run([all.path, "--out", out.path, "--db", db] + options + (name == "folded" ? ["--reprocess"] : [])).status == 0)
            #expect(aggregatesSource(out) == name)
        }
        same(dir.appendingPathComponent("folded"), dir.appendingPathComponent("snapshot"), Self.aggregates + ["report.md"])
    }

    /// `report --db` rebuilds every output from the history alone, the same bytes as the run that built it, and
    /// takes the same report options as `analyze` (period, comparison ranges, focus actors, top).
    @Test func reportRebuildsEveryOutputFromTheHistoryAlone() throws {
        let dir = Fixture.temporaryDirectory("report")
        let all = try corpus(copies: 2, in: dir)
        let db = dir.appendingPathComponent("h.sqlite").path
        let options = ["--period", "week", "--baseline", "2023-01..2023-01", "--current", "2023-02..2023-02", "--actors", "USA, RUS", "--top", "5"]
        let run = dir.appendingPathComponent("run")
        #expect(try self.run([all.path, "--out", run.path, "--db", db] + options).status == 0)
        let rebuilt = dir.appendingPathComponent("rebuilt")
        let result = try runStancewatch(["report", "--db", db, "--out", rebuilt.path, "-q"] + options, cwd: Fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        // The per-article files of the run hold its input, here the whole history, in input order; the history
        // gives them in (date, id) order, so compare them as sets of lines.
        same(run, rebuilt, Self.aggregates + ["report.md"])
        for name in ["articles.csv", "mentions.csv", "stances.csv"] {
            let lines = { (url: URL) in Set(Fixture.read(url.appendingPathComponent(name)).split(separator: "\n")) }
            #expect(lines(run) == lines(rebuilt), "\(name) differs")
        }
        #expect(Fixture.read(rebuilt.appendingPathComponent("report.md")).contains("2023-01..2023-01"))
        // A bad option is refused before anything is written.
        let bad = try runStancewatch(["report", "--db", db, "--out", dir.appendingPathComponent("bad").path, "--top", "0"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--top must be at least 1"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad").path))
    }

    /// The first run reads its articles from a pipe that stays open until the second has been refused: it holds
    /// the history however fast it would otherwise finish (a first run timed to last "long enough" finished
    /// first once the end of a run got faster).
    @Test func twoRunsOnOneHistoryAreRefused() throws {
        let dir = Fixture.temporaryDirectory("lock")
        let input = try corpus(copies: 2, in: dir)
        let db = dir.appendingPathComponent("h.sqlite").path
        let first = Process()
        first.executableURL = Fixture.binary
        first.arguments = ["analyze", "-", "--out", dir.appendingPathComponent("a").path, "--db", db, "-q"]
        let pipe = Pipe()
        first.standardInput = pipe
        try first.run()
        // The run has the history once it has begun its run in it (its write-ahead log then exists).
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: db + "-wal") && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let second = try run([input.path, "--out", dir.appendingPathComponent("b").path, "--db", db])
        try pipe.fileHandleForWriting.write(contentsOf: Data(contentsOf: input))
        try pipe.fileHandleForWriting.close()
        first.waitUntilExit()
        #expect(second.status == 2)
        #expect(second.stderr.contains("another stancewatch run is using"))
        #expect(first.terminationStatus == 0)
    }
}
