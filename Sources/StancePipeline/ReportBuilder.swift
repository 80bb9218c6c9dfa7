import StanceAggregate
import StanceIO
import StanceModel

/// Builds `report.md` from the aggregate. Every number in it is a row of one of the CSV files.
struct ReportBuilder {
    let info: RunInfo
    let aggregate: Aggregate

    func markdown() -> String {
        var out = "# stancewatch report\n\n"
        out += summary()
        out += topEntities()
        out += pairTable()
        out += sourceTone()
        out += trends()
        out += methods()
        return out
    }

    private var top: Int { info.configuration.reportTop }
    private var actorFilter: Set<String> { Set(info.configuration.reportActors) }

    private func f(_ x: Double, _ digits: Int = 3) -> String { Fixed.format(x, digits: digits) }

    private func summary() -> String {
        let s = info.summary
        var out = "## Run\n\n"
        out += "| | |\n|---|---|\n"
        out += "| inputs | \(info.configuration.inputs.map { "`\($0)`" }.joined(separator: ", ")) |\n"
        out += "| records read | \(s.records) |\n"
        out += "| articles accepted | \(s.accepted) |\n"
        out += "| records rejected | \(s.rejected) (see `rejects.csv`) |\n"
        out += "| sentences | \(aggregate.sentences) |\n"
        out += "| mentions | \(aggregate.mentions) |\n"
        out += "| stances | \(aggregate.stances) |\n"
        out += "| period | \(info.configuration.period.rawValue) |\n\n"
        out += "Wall time and throughput are in `run.json` (they change from run to run; this report does not).\n\n"
        return out
    }

    private func topEntities() -> String {
        var rows = Rows.entityRows(aggregate)
        if !actorFilter.isEmpty { rows = rows.filter { actorFilter.contains($0[2]) } }
        var out = "## Top entities\n\nFrom `entities.csv`: the \(min(top, rows.count)) most mentioned.\n\n"
        out += "| entity | type | actor | mentions | articles | tone |\n|---|---|---|---:|---:|---:|\n"
        for row in rows.prefix(top) {
            out += "| \(cell(row[0])) | \(row[1]) | \(cell(row[2])) | \(row[3]) | \(row[4]) | \(row[5]) |\n"
        }
        return out + "\n"
    }

    private func pairTable() -> String {
        var rows = Rows.pairRows(aggregate).filter { !$0[1].isEmpty }
        if !actorFilter.isEmpty { rows = rows.filter { actorFilter.contains($0[0]) || actorFilter.contains($0[1]) } }
        var out = "## Actor pairs\n\nFrom `pairs.csv`: stances said to have happened (modality `asserted`), most frequent pairs first.\n\n"
        out += "| source | target | stances | cooperative | conflictual | mean Goldstein | top stance |\n"
        out += "|---|---|---:|---:|---:|---:|---|\n"
        for row in rows.prefix(top) {
            out += "| \(row[0]) | \(row[1]) | \(row[2]) | \(row[3]) | \(row[4]) | \(row[6]) | \(row[7]) |\n"
        }
        return out + "\n"
    }

    private func sourceTone() -> String {
        var bySource: [String: TrendStats] = [:]
        for (key, stats) in aggregate.trends where key.kind == "source" { bySource[key.key, default: TrendStats()].merge(stats) }
        var out = "## Tone by source\n\nFrom `trends.csv` (`key_kind` = `source`), summed over periods.\n\n"
        out += "| source | articles | mean article tone |\n|---|---:|---:|\n"
        for (source, stats) in bySource.sorted(by: { $0.value.articles != $1.value.articles ? $0.value.articles > $1.value.articles : $0.key < $1.key }).prefix(top) {
            out += "| \(cell(source.isEmpty ? "(none)" : source)) | \(stats.articles) | \(f(Fixed.mean(stats.toneSum, stats.toneCount))) |\n"
        }
        return out + "\n"
    }

    private func trends() -> String {
        let periods = Set(aggregate.trends.keys.map(\.period)).sorted()
        guard periods.count > 1 else { return "" }
        var out = "## Trends per \(info.configuration.period.rawValue)\n\n"
        out += "Mentions per period of the most mentioned entities (`trends.csv`, `key_kind` = `entity`), \(periods.first!) to \(periods.last!).\n\n"
        out += "| entity | trend | total |\n|---|---|---:|\n"
        var rows = Rows.entityRows(aggregate)
        if !actorFilter.isEmpty { rows = rows.filter { actorFilter.contains($0[2]) } }
        for row in rows.prefix(min(top, 10)) {
            let series = periods.map { aggregate.trends[TrendKey(period: $0, kind: "entity", key: row[0])]?.mentions ?? 0 }
            out += "| \(cell(row[0])) | \(Sparkline.render(series)) | \(row[3]) |\n"
        }
        return out + "\n"
    }

    private func methods() -> String {
        var out = "## Methods\n\n"
        out += "Entities are matched against the bundled actor data (longest match, dated offices); tone comes from the cue lexicon "
        out += "with negation, intensity, contrast and hedge rules; stances from the CAMEO pattern dictionary with a light clause analysis. "
        out += "Lexicon version `\(info.lexiconVersion)`; file fingerprints are in `run.json`.\n"
        return out
    }

    private func cell(_ s: String) -> String { s.replacingPipes() }
}

extension String {
    func replacingPipes() -> String {
        var out = ""
        for c in self { out += c == "|" ? "\\|" : String(c) }
        return out
    }
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
