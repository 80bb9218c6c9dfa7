import StanceAggregate
import StanceIO
import StanceModel

/// Builds `report.md` and its charts from the aggregate and the comparison. Every number in the report is a
/// row of one of the CSV files (named in each section), so a reader can trace it.
struct ReportBuilder {
    let info: RunInfo
    let aggregate: Aggregate
    let comparison: ComparisonResult
    /// The sorted entities and pair rows, shared with `entities.csv` and `pairs.csv` (every section and chart
    /// reads them); an entity's row is formatted only when shown.
    private let allEntities: [(key: String, value: EntityStats)]
    private let allPairRows: [[String]]
    /// Periods in order, without the undated bucket.
    private let periods: [String]

    init(info: RunInfo, aggregate: Aggregate, sorted: Rows.Sorted, comparison: ComparisonResult) {
        self.info = info
        self.aggregate = aggregate
        self.comparison = comparison
        allEntities = sorted.entities
        allPairRows = sorted.pairRows
        periods = Set(aggregate.trends.keys.map(\.period)).filter { !$0.isEmpty }.sorted()
    }

    static let chartSeries = 5

    func markdown() -> String {
        [summary(), topEntities(), matrix(), pairTable(), sourceTone(), trends(), changes(), methods()].joined()
    }

    private var top: Int { info.configuration.reportTop }
    private var actorFilter: Set<String> { Set(info.configuration.reportActors) }
    private func f(_ x: Double, _ digits: Int = 3) -> String { Fixed.format(x, digits: digits) }
    private func cell(_ s: String) -> String { s.isEmpty ? "(none)" : s.replacingPipes() }

    /// The entities shown (of the chosen actors, with `--actors`), in `entities.csv` order.
    private var shownEntities: [(key: String, value: EntityStats)] {
        let filter = actorFilter
        return filter.isEmpty ? allEntities : allEntities.filter { filter.contains($0.value.actor) }
    }

    /// The first `limit` rows of `entities.csv` shown.
    private func entityRows(_ limit: Int) -> [[String]] { shownEntities.prefix(limit).map(Rows.entityRow) }

    /// Pairs with a target, most stances first; with `--actors`, pairs between the chosen actors first.
    private var pairRows: [[String]] {
        let rows = allPairRows.filter { !$0[1].isEmpty && $0[0] != $0[1] }
        guard !actorFilter.isEmpty else { return rows }
        let both = rows.filter { actorFilter.contains($0[0]) && actorFilter.contains($0[1]) }
        let either = rows.filter { (actorFilter.contains($0[0]) || actorFilter.contains($0[1])) && !(actorFilter.contains($0[0]) && actorFilter.contains($0[1])) }
        return both + either
    }

    private func summary() -> String {
        let s = info.summary
        var out = "# stancewatch report\n\n## Run\n\n| | |\n|---|---|\n"
        if info.history == nil {
            out += "| inputs | \(info.configuration.inputs.map { "`\($0)`" }.joined(separator: ", ")) |\n"
        }
        if let history = info.history {
            // From a history the report describes the history, not the night: a rerun gives the same report.
            out += "| history | \(history.articles) articles, \(history.firstDate.isEmpty ? "-" : history.firstDate) to \(history.lastDate.isEmpty ? "-" : history.lastDate) |\n"
            if let h = info.configuration.history, h.since != nil || h.until != nil {
                out += "| bounds | \(h.since ?? "…") to \(h.until ?? "…") |\n"
            }
            out += "| sentences | \(aggregate.sentences) |\n"
        } else {
            out += "| records read | \(s.records) |\n| articles accepted | \(s.accepted) |\n"
            out += "| records rejected | \(s.rejected) (`rejects.csv`) |\n| sentences | \(aggregate.sentences) |\n"
        }
        out += "| mentions | \(aggregate.mentions) |\n| stances | \(aggregate.stances) |\n"
        out += "| period | \(info.configuration.period.rawValue) (\(periods.first ?? "-") to \(periods.last ?? "-")) |\n\n"
        out += "Counts of the night (records read, rejected, skipped), wall time and throughput are in `run.json`. "
        out += "A partial date is counted in the period it fits: a `yyyy` date is its own period in a month report.\n\n"
        return out
    }

    private func topEntities() -> String {
        var out = "## Top entities\n\nThe \(min(top, shownEntities.count)) most mentioned (`entities.csv`).\n\n"
        out += "| entity | type | actor | mentions | articles | tone |\n|---|---|---|---:|---:|---:|\n"
        for row in entityRows(top) {
            out += "| \(cell(row[0])) | \(row[1]) | \(cell(row[2])) | \(row[3]) | \(row[4]) | \(row[5]) |\n"
        }
        return out + "\n"
    }

    /// Source actors (rows) against target actors (columns): cooperative / conflictual stances (`pairs.csv`).
    private func matrix() -> String {
        var weight: [String: Int] = [:]
        for (key, stats) in aggregate.pairs where !key.target.isEmpty && key.source != key.target {
            weight[key.source, default: 0] += stats.stances
            weight[key.target, default: 0] += stats.stances
        }
        var actors = weight.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        if !actorFilter.isEmpty { actors = actors.filter { actorFilter.contains($0) } + actors.filter { !actorFilter.contains($0) } }
        actors = Array(actors.prefix(8))
        guard actors.count >= 2 else { return "" }
        var out = "## Stance matrix\n\nCooperative / conflictual stances from the row actor toward the column actor (`pairs.csv`, asserted stances).\n\n"
        out += "| source \\ target | " + actors.joined(separator: " | ") + " |\n|---|" + String(repeating: "---:|", count: actors.count) + "\n"
        for source in actors {
            out += "| **\(source)** |"
            for target in actors {
                if let p = aggregate.pairs[PairKey(source, target)], source != target {
                    out += " \(p.cooperative) / \(p.conflictual) |"
                } else {
                    out += " · |"
                }
            }
            out += "\n"
        }
        return out + "\n"
    }

    private func pairTable() -> String {
        var out = "## Actor pairs\n\nStances said to have happened (modality `asserted`), most frequent pairs first (`pairs.csv`).\n\n"
        out += "| source | target | stances | cooperative | conflictual | mean Goldstein | top stance |\n"
        out += "|---|---|---:|---:|---:|---:|---|\n"
        for row in pairRows.prefix(top) {
            out += "| \(row[0]) | \(row[1]) | \(row[2]) | \(row[3]) | \(row[4]) | \(row[6]) | \(row[7]) |\n"
        }
        return out + "\n"
    }

    private func sourceTone() -> String {
        var bySource: [String: TrendStats] = [:]
        for (key, stats) in aggregate.trends where key.kind == "source" { bySource[key.key, default: TrendStats()].merge(stats) }
        var out = "## Tone by source\n\nArticles and mean article tone per source (`trends.csv`, `key_kind` = `source`, summed over periods).\n\n"
        out += "| source | articles | mean tone |\n|---|---:|---:|\n"
        let sorted = bySource.sorted { $0.value.articles != $1.value.articles ? $0.value.articles > $1.value.articles : $0.key < $1.key }
        for (source, stats) in sorted.prefix(top) {
            out += "| \(cell(source)) | \(stats.articles) | \(f(Fixed.mean(stats.toneSum, stats.toneCount))) |\n"
        }
        return out + "\n"
    }

    private func series(_ kind: String, _ key: String, _ value: (TrendStats) -> Double?) -> [Double?] {
        periods.map { period in aggregate.trends[TrendKey(period: period, kind: kind, key: key)].flatMap(value) }
    }

    private func trends() -> String {
        guard periods.count > 1 else { return "" }
        let unit = info.configuration.period.rawValue
        var out = "## Trends per \(unit)\n\n\(periods.first!) to \(periods.last!), from `trends.csv`.\n\n"
        out += "![Mentions of the top entities](charts/entities.svg)\n\n"
        out += "| entity | mentions per \(unit) | total |\n|---|---|---:|\n"
        for row in entityRows(min(top, 10)) {
            let values = series("entity", row[0]) { Double($0.mentions) }.map { Int($0 ?? 0) }
            out += "| \(cell(row[0])) | \(Sparkline.render(values)) | \(row[3]) |\n"
        }
        out += "\n![Stances of the top pairs](charts/pairs.svg)\n\n![Mean Goldstein of the top pairs](charts/pairs-goldstein.svg)\n\n"
        out += "| pair | stances per \(unit) | total | mean Goldstein |\n|---|---|---:|---:|\n"
        for row in pairRows.prefix(min(top, 10)) {
            let values = series("pair", "\(row[0])->\(row[1])") { Double($0.stances) }.map { Int($0 ?? 0) }
            out += "| \(row[0]) → \(row[1]) | \(Sparkline.render(values)) | \(row[2]) | \(row[6]) |\n"
        }
        return out + "\n"
    }

    /// The charts written beside the report: one SVG per figure, no JavaScript.
    func charts() -> [(name: String, contents: String)] {
        guard periods.count > 1 else { return [] }
        let entities = entityRows(Self.chartSeries).map { row in
            (name: row[0], values: series("entity", row[0]) { Double($0.mentions) }.map { $0 ?? 0 })
        }
        let pairs = pairRows.prefix(Self.chartSeries).map { "\($0[0])->\($0[1])" }
        let unit = info.configuration.period.rawValue
        return [
            ("charts/entities.svg", SVGChart.lines(title: "Mentions per \(unit)", periods: periods, series: entities, yLabel: "mentions")),
            (
                "charts/pairs.svg",
                SVGChart.lines(
                    title: "Stances per \(unit)", periods: periods,
                    series: pairs.map { (name: $0, values: series("pair", $0) { Double($0.stances) }.map { $0 ?? 0 }) }, yLabel: "stances")
            ),
            (
                "charts/pairs-goldstein.svg",
                SVGChart.lines(
                    title: "Mean Goldstein score per \(unit)", periods: periods,
                    series: pairs.map { (name: $0, values: series("pair", $0) { $0.goldsteinCount > 0 ? $0.goldsteinMean : nil }) },
                    yLabel: "Goldstein")
            ),
        ]
    }

    private func changes() -> String {
        var out = "## Biggest changes\n\n"
        guard !comparison.current.isEmpty else {
            return out + "Fewer than two periods with dated articles: nothing to compare.\n\n"
        }
        let clear = comparison.changes.filter { $0.isClear && (actorFilter.isEmpty || involves($0)) }
            .sorted { abs($0.delta) / max($0.high - $0.low, 1e-9) > abs($1.delta) / max($1.high - $1.low, 1e-9) }
        out += "\(comparison.current) against \(comparison.baseline): changes whose 95% bootstrap interval (over articles, seeded) "
        out += "excludes zero, with at least \(info.configuration.compareOptions.minSupport) articles behind them (`changes.csv`; "
        out += "volume is mentions or stances per 100 articles).\n\n"
        guard !clear.isEmpty else { return out + "No change is clear at that level.\n\n" }
        out += "| kind | key | metric | \(comparison.baseline) | \(comparison.current) | change | 95% interval | support |\n"
        out += "|---|---|---|---:|---:|---:|---|---:|\n"
        for c in clear.prefix(top) {
            out += "| \(c.kind) | \(cell(c.key)) | \(c.metric.rawValue) | \(f(c.baseline, 2)) | \(f(c.current, 2)) | \(f(c.delta, 2)) | [\(f(c.low, 2)), \(f(c.high, 2))] | \(c.support) |\n"
        }
        out += "\n"
        var shown = Set<String>()
        for c in clear.prefix(5) where shown.insert("\(c.kind):\(c.key)").inserted {
            guard let examples = comparison.evidence[EvidenceKey(kind: c.kind, key: c.key)], !examples.isEmpty else { continue }
            out += "**\(c.key)** (\(c.kind)), \(comparison.current):\n\n"
            for e in examples { out += "- \(e.date) `\(e.article)`: \(quoteLine(e.text))\n" }
            out += "\n"
        }
        return out
    }

    private func involves(_ change: Change) -> Bool {
        if change.kind == "entity" {
            return aggregate.entities[change.key].map { actorFilter.contains($0.actor) } ?? false
        }
        return change.key.split(separator: ">").contains { actorFilter.contains(String($0.trimmingSuffix("-"))) }
    }

    private func quoteLine(_ text: String) -> String {
        let short = text.count > 300 ? String(text.prefix(297)) + "…" : text
        return short.replacingPipes().replacingMarkdown()
    }

    private func methods() -> String {
        var out = "## Methods\n\n"
        out += "Entities: longest match against the bundled actor data (dated offices, surnames after a full mention), then a "
        out += "learned name tagger for names not in the data. Tone: the cue lexicon with negation, intensity, contrast and hedge "
        out += "rules, normalised to [-1, 1] per sentence; article tone is the mean of its sentences and title. Stances: the CAMEO "
        out += "pattern dictionary with a light clause analysis (subject, passive agent, speaker, coordination, pronouns). "
        out += "Data version `\(info.lexiconVersion)`; each file's fingerprint is in `run.json`.\n"
        return out
    }
}

extension String {
    func replacingPipes() -> String {
        var out = ""
        for c in self { out += c == "|" ? "\\|" : String(c) }
        return out
    }

    /// Neutralises characters that would start Markdown markup inside a quoted sentence.
    func replacingMarkdown() -> String {
        var out = ""
        for c in self {
            switch c {
            case "*", "_", "`", "[", "]", "<", ">", "#": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }
}

extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring { hasSuffix(suffix) ? dropLast(suffix.count) : self }
}

/// Unicode block sparklines: ▁▂▃▄▅▆▇█, scaled to the series' maximum.
enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func render(_ values: [Int]) -> String {
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: blocks[0], count: values.count) }
        return String(values.map { blocks[min(7, $0 * 7 / top)] })
    }
}
