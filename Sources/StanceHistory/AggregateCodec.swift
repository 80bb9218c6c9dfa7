import StanceAggregate
import StanceModel

/// A binary encoding of `Aggregate`, for the snapshot the history keeps so that a nightly run adds its new
/// articles to the stored totals instead of folding the whole archive again. Same primitives as
/// `AnalysisCodec` (zigzag varints, length-prefixed UTF-8); entries are written in the byte order of their keys,
/// so equal aggregates encode to equal bytes (the decoder takes them in any order).
///
/// Layout (version 1): `0x01`, articles, sentences, tokens, bytes, mentions, stances; entities (key, mentions,
/// articles, tone sum, tone count, first date, last date, types (index, count), actors (name, count)); pairs
/// (source, target, stances, cooperative, conflictual, Goldstein tenths, 21 root counts); trends (period, kind,
/// key, mentions, articles, stances, tone sum, tone count, Goldstein tenths, Goldstein count).
public enum AggregateCodec {
    static let version: UInt8 = 1

    /// `entitiesByKey` and `sortedTrends`: `a.entitiesByKey` and `a.sortedTrends` when the caller has them already
    /// (the end of a run sorts them once for the tables and the snapshot).
    public static func encode(
        _ a: Aggregate, entitiesByKey: [(key: String, value: EntityStats)]? = nil,
        sortedTrends: [(key: TrendKey, value: TrendStats)]? = nil
    ) -> [UInt8] {
        var w = AnalysisCodec.Writer(capacity: 64 + 64 * (a.entities.count + a.pairs.count + a.trends.count))
        w.byte(version)
        for n in [a.articles, a.sentences, a.tokens, a.bytes, a.mentions, a.stances] { w.int(n) }
        let entities = entitiesByKey ?? a.entitiesByKey
        w.int(entities.count)
        for (key, e) in entities {
            w.string(key); w.int(e.mentions); w.int(e.articles); w.int(Int(e.toneSum)); w.int(e.toneCount)
            w.string(e.firstDate); w.string(e.lastDate)
            w.int(e.types.count)
            for (index, type) in EntityType.allCases.enumerated() where e.types[type] != 0 { w.int(index); w.int(e.types[type]) }
            w.int(e.actors.count)
            for entry in e.actors.entries { w.string(entry.key); w.int(entry.count) }
        }
        w.int(a.pairs.count)
        for key in a.pairs.keys.sorted() {
            let p = a.pairs[key]!
            w.string(key.source); w.string(key.target)
            w.int(p.stances); w.int(p.cooperative); w.int(p.conflictual); w.int(Int(p.goldsteinTenths))
            w.int(p.roots.count)
            for n in p.roots { w.int(n) }
        }
        w.int(a.trends.count)
        for (key, t) in sortedTrends ?? a.sortedTrends {
            w.string(key.period); w.string(key.kind); w.string(key.key)
            for n in [t.mentions, t.articles, t.stances, Int(t.toneSum), t.toneCount, Int(t.goldsteinTenths), t.goldsteinCount] { w.int(n) }
        }
        return w.bytes
    }

    public static func decode(_ buffer: UnsafeRawBufferPointer) throws(AnalysisCodec.Failure) -> Aggregate {
        var r = AnalysisCodec.Reader(buffer: buffer)
        guard try r.byte() == version else { throw AnalysisCodec.Failure(description: "unknown snapshot version") }
        var a = Aggregate()
        a.articles = try r.int(); a.sentences = try r.int(); a.tokens = try r.int()
        a.bytes = try r.int(); a.mentions = try r.int(); a.stances = try r.int()
        for _ in 0..<(try r.count()) {
            let key = try r.string()
            var e = EntityStats()
            e.mentions = try r.int(); e.articles = try r.int(); e.toneSum = Int64(try r.int()); e.toneCount = try r.int()
            e.firstDate = try r.string(); e.lastDate = try r.string()
            for _ in 0..<(try r.count()) {
                let index = try r.int()
                guard EntityType.allCases.indices.contains(index) else { throw AnalysisCodec.Failure(description: "bad entity type") }
                e.types[EntityType.allCases[index]] = try r.int()
            }
            for _ in 0..<(try r.count()) { e.actors.add(try r.string(), try r.int()) }
            a.entities[key] = e
        }
        for _ in 0..<(try r.count()) {
            let key = PairKey(try r.string(), try r.string())
            var p = PairStats()
            p.stances = try r.int(); p.cooperative = try r.int(); p.conflictual = try r.int(); p.goldsteinTenths = Int64(try r.int())
            let roots = try r.count()
            guard roots == p.roots.count else { throw AnalysisCodec.Failure(description: "bad root table") }
            for k in 0..<roots { p.roots[k] = try r.int() }
            a.pairs[key] = p
        }
        for _ in 0..<(try r.count()) {
            let key = TrendKey(period: try r.string(), kind: try r.string(), key: try r.string())
            var t = TrendStats()
            t.mentions = try r.int(); t.articles = try r.int(); t.stances = try r.int(); t.toneSum = Int64(try r.int())
            t.toneCount = try r.int(); t.goldsteinTenths = Int64(try r.int()); t.goldsteinCount = try r.int()
            a.trends[key] = t
        }
        guard r.offset == buffer.count else { throw AnalysisCodec.Failure(description: "trailing bytes") }
        return a
    }
}
