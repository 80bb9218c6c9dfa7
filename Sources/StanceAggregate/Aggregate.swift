import StanceModel

/// Per-entity counts and sums (a row of `entities.csv` before formatting).
public struct EntityStats: Sendable, Equatable {
    public var mentions = 0
    public var articles = 0
    /// Sum of the tones (fixed point) of the sentences mentioning the entity, and how many there were.
    public var toneSum: Int64 = 0
    public var toneCount = 0
    public var firstDate = ""
    public var lastDate = ""
    public var types = TypeCounts()
    public var actors = Tally()

    public init() {}

    public mutating func merge(_ o: EntityStats) {
        mentions += o.mentions
        articles += o.articles
        toneSum += o.toneSum
        toneCount += o.toneCount
        firstDate = Self.minDate(firstDate, o.firstDate)
        lastDate = Self.maxDate(lastDate, o.lastDate)
        types.merge(o.types)
        actors.merge(o.actors)
    }

    static func minDate(_ a: String, _ b: String) -> String { a.isEmpty ? b : b.isEmpty ? a : min(a, b) }
    static func maxDate(_ a: String, _ b: String) -> String { max(a, b) }

    /// The most frequent type (ties: the first in name order).
    public var type: EntityType { types.mostFrequent }
    /// The most frequent actor (ties: the first in byte order).
    public var actor: String { actors.mostFrequent }
}

/// Per actor pair (a row of `pairs.csv`).
public struct PairStats: Sendable, Equatable {
    public var stances = 0
    public var cooperative = 0
    public var conflictual = 0
    /// Goldstein sum in tenths (every root value is a multiple of 0.1).
    public var goldsteinTenths: Int64 = 0
    public var roots = [Int](repeating: 0, count: 21)

    public init() {}

    public mutating func merge(_ o: PairStats) {
        stances += o.stances
        cooperative += o.cooperative
        conflictual += o.conflictual
        goldsteinTenths += o.goldsteinTenths
        for k in roots.indices { roots[k] += o.roots[k] }
    }

    mutating func add(_ root: CameoRoot) {
        stances += 1
        if root.isCooperative { cooperative += 1 } else { conflictual += 1 }
        goldsteinTenths += Int64((root.goldstein * 10).rounded())
        roots[root.code] += 1
    }

    public var goldsteinSum: Double { Double(goldsteinTenths) / 10 }
    public var goldsteinMean: Double { stances == 0 ? 0 : goldsteinSum / Double(stances) }
    /// The most frequent root (ties: the lower code).
    public var topStance: CameoRoot? {
        var best = 0
        for k in 1...20 where roots[k] > (best == 0 ? 0 : roots[best]) { best = k }
        return CameoRoot(best)
    }
}

public struct PairKey: Sendable, Hashable, Comparable {
    public var source: String
    public var target: String

    public init(_ source: String, _ target: String) {
        self.source = source
        self.target = target
    }

    /// `USA->RUS`, the pair's key in `trends.csv` and `changes.csv`.
    public var label: String { "\(source)->\(target)" }

    public static func < (a: PairKey, b: PairKey) -> Bool {
        a.source != b.source ? bytesBefore(a.source, b.source) : bytesBefore(a.target, b.target)
    }
}

public struct TrendKey: Sendable, Hashable, Comparable {
    public var period: String
    public var kind: String
    public var key: String

    public init(period: String, kind: String, key: String) {
        self.period = period
        self.kind = kind
        self.key = key
    }

    public static func < (a: TrendKey, b: TrendKey) -> Bool {
        (a.period, a.kind, a.key) < (b.period, b.kind, b.key)
    }

    /// The key and the period only: the kind is one of three words and rarely tells keys apart (equality still
    /// compares all three), and every article adds several trend rows to a table of a hundred thousand.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(period)
    }
}

/// Per period and key (a row of `trends.csv`).
public struct TrendStats: Sendable, Equatable {
    public var mentions = 0
    public var articles = 0
    public var stances = 0
    public var toneSum: Int64 = 0
    public var toneCount = 0
    public var goldsteinTenths: Int64 = 0
    public var goldsteinCount = 0

    public init(mentions: Int = 0, articles: Int = 0, toneSum: Int64 = 0, toneCount: Int = 0) {
        self.mentions = mentions
        self.articles = articles
        self.toneSum = toneSum
        self.toneCount = toneCount
    }

    public mutating func merge(_ o: TrendStats) {
        mentions += o.mentions
        articles += o.articles
        stances += o.stances
        toneSum += o.toneSum
        toneCount += o.toneCount
        goldsteinTenths += o.goldsteinTenths
        goldsteinCount += o.goldsteinCount
    }

    mutating func addStance(_ root: CameoRoot) {
        stances += 1
        goldsteinTenths += Int64((root.goldstein * 10).rounded())
        goldsteinCount += 1
    }

    public var goldsteinMean: Double { goldsteinCount == 0 ? 0 : Double(goldsteinTenths) / 10 / Double(goldsteinCount) }
}

/// The mergeable summary of a set of articles: counts and sums only, never stored means, so that
/// `a.merge(b)` equals the summary of both sets whatever the split and order.
public struct Aggregate: Sendable, Equatable {
    public var articles = 0
    public var sentences = 0
    public var tokens = 0
    public var bytes = 0
    public var mentions = 0
    public var stances = 0
    public var entities: [String: EntityStats] = [:]
    public var pairs: [PairKey: PairStats] = [:]
    public var trends: [TrendKey: TrendStats] = [:]

    public init() {}

    /// The version of the rules that turn analyses into counts (`add`, `counts`, `Period.bucket`). A stored
    /// snapshot of an aggregate is only used under the same version: bump it whenever those rules change.
    public static let rulesVersion = 1

    /// Which stances count in the pair and trend aggregates: those said to have happened.
    public static func counts(_ stance: Stance) -> Bool { stance.modality == .asserted }

    /// Adds one analysed article.
    public mutating func add(_ analysis: ArticleAnalysis, period: Period) {
        add(ArticleSummary(analysis, period: period))
    }

    /// The summary of one analysed article.
    public init(_ analysis: ArticleAnalysis, period: Period) {
        add(ArticleSummary(analysis, period: period))
    }

    /// Adds one article's counts: one dictionary lookup per entity, pair and trend key.
    public mutating func add(_ summary: ArticleSummary) {
        let s = summary
        add((1, s.sentences, s.tokens, s.bytes, s.mentions, s.stances), s.entities, s.pairs, s.trends)
    }

    /// Adds another summary: commutative and associative.
    public mutating func merge(_ other: Aggregate) {
        let o = other
        add((o.articles, o.sentences, o.tokens, o.bytes, o.mentions, o.stances), o.entities, o.pairs, o.trends)
    }

    private mutating func add(
        _ counts: (articles: Int, sentences: Int, tokens: Int, bytes: Int, mentions: Int, stances: Int),
        _ entities: some Sequence<(key: String, value: EntityStats)>, _ pairs: some Sequence<(key: PairKey, value: PairStats)>,
        _ trends: some Sequence<(key: TrendKey, value: TrendStats)>
    ) {
        articles += counts.articles
        sentences += counts.sentences
        tokens += counts.tokens
        bytes += counts.bytes
        mentions += counts.mentions
        stances += counts.stances
        for (k, v) in entities { self.entities[k, default: EntityStats()].merge(v) }
        for (k, v) in pairs { self.pairs[k, default: PairStats()].merge(v) }
        for (k, v) in trends { self.trends[k, default: TrendStats()].merge(v) }
    }
}

/// What one analysed article adds to an `Aggregate` (`Aggregate.add`), in arrays: built on a worker thread with no
/// dictionary per article, so that the ordered write stage only looks each key up once, to merge it.
public struct ArticleSummary: Sendable {
    /// Up to this many entities an article's entities are found by a scan, past it by a dictionary.
    static let scanLimit = 16

    public var sentences = 0
    public var tokens = 0
    public var bytes = 0
    public var mentions = 0
    public var stances = 0
    /// The article's entities (by id), in the order of their first mention.
    public var entities: [(key: String, value: EntityStats)] = []
    /// Its actor pairs, in the order of their first stance counted.
    public var pairs: [(key: PairKey, value: PairStats)] = []
    /// Its rows of `trends.csv`: its entities, then its pairs, then its source (every key once).
    public var trends: [(key: TrendKey, value: TrendStats)] = []

    public init(_ analysis: ArticleAnalysis, period: Period) {
        let article = analysis.article
        let bucket = period.bucket(article.date)
        sentences = analysis.sentences.count
        tokens = analysis.tokens
        bytes = article.text.utf8.count
        mentions = analysis.mentions.count
        stances = analysis.stances.count

        // Entities: mentions, articles, and tone of the distinct sentences mentioning each. Each mention finds its
        // entity's place by a scan while the article has few entities (most have under a dozen: comparing a few
        // short strings costs less than hashing one), then through a dictionary; the figures are built in arrays.
        var place: [String: Int] = [:]
        var ids: [String] = []
        var stats: [EntityStats] = []
        // (entity, sentence) of every mention, made distinct below: one array, not one per entity.
        var entitySentences = DistinctPairs(capacity: analysis.mentions.count)
        ids.reserveCapacity(min(analysis.mentions.count, Self.scanLimit))
        stats.reserveCapacity(min(analysis.mentions.count, Self.scanLimit))
        func index(of entity: String) -> Int? {
            ids.count <= Self.scanLimit ? ids.firstIndex(of: entity) : place[entity]
        }
        for mention in analysis.mentions {
            let k: Int
            if let known = index(of: mention.entity) {
                k = known
            } else {
                k = ids.count
                ids.append(mention.entity)
                if ids.count > Self.scanLimit {
                    if ids.count == Self.scanLimit + 1 { for (j, id) in ids.enumerated() { place[id] = j } } else { place[mention.entity] = k }
                }
                stats.append(EntityStats())
            }
            stats[k].mentions += 1
            stats[k].types[mention.type] += 1
            stats[k].actors.add(mention.actor)
            entitySentences.add(k, mention.sentence)
        }
        entitySentences.forEachDistinct { k, s in
            stats[k].toneSum += Fixed.from(analysis.sentences[s].tone)
            stats[k].toneCount += 1
        }
        var entityTrend = [TrendStats](repeating: TrendStats(), count: ids.count)
        for stance in analysis.stances where Aggregate.counts(stance) {
            let source = index(of: stance.sourceEntity)
            if let source { entityTrend[source].addStance(stance.root) }
            if let target = index(of: stance.targetEntity), target != source { entityTrend[target].addStance(stance.root) }
        }
        entities.reserveCapacity(ids.count)
        trends.reserveCapacity(ids.count + analysis.stances.count + 1)
        for k in ids.indices {
            stats[k].articles = 1
            stats[k].firstDate = article.date
            stats[k].lastDate = article.date
            var trend = entityTrend[k]  // its stances, so far
            trend.mentions = stats[k].mentions
            trend.articles = 1
            trend.toneSum = stats[k].toneSum
            trend.toneCount = stats[k].toneCount
            entities.append((ids[k], stats[k]))
            trends.append((TrendKey(period: bucket, kind: "entity", key: ids[k]), trend))
        }

        // Pairs: stances said to have happened, by source and target actor (found by a scan: an article has few).
        var pairTrend: [TrendStats] = []
        var pairSentences = DistinctPairs(capacity: analysis.stances.count)
        for stance in analysis.stances where Aggregate.counts(stance) && !stance.sourceActor.isEmpty {
            let key = PairKey(stance.sourceActor, stance.targetActor)
            let k: Int
            if let known = pairs.firstIndex(where: { $0.key == key }) {
                k = known
            } else {
                k = pairs.count
                pairs.append((key, PairStats()))
                pairTrend.append(TrendStats())
            }
            pairs[k].value.add(stance.root)
            pairTrend[k].addStance(stance.root)
            pairSentences.add(k, stance.sentence)
        }
        pairSentences.forEachDistinct { k, s in
            pairTrend[k].toneSum += Fixed.from(analysis.sentences[s].tone)
            pairTrend[k].toneCount += 1
        }
        for k in pairs.indices {
            var trend = pairTrend[k]
            trend.articles = 1
            trends.append((TrendKey(period: bucket, kind: "pair", key: pairs[k].key.label), trend))
        }

        // Sources: volume and article tone.
        var source = TrendStats(mentions: analysis.mentions.count, articles: 1, toneSum: Fixed.from(analysis.tone), toneCount: 1)
        for stance in analysis.stances where Aggregate.counts(stance) { source.addStance(stance.root) }
        trends.append((TrendKey(period: bucket, kind: "source", key: article.source), source))
    }
}

/// (row, sentence) pairs, each counted once: an article's rows and the distinct sentences each appears in, in one
/// array sorted at the end instead of a list per row.
struct DistinctPairs {
    private var pairs: [UInt64] = []

    init(capacity: Int) { pairs.reserveCapacity(capacity) }

    mutating func add(_ row: Int, _ sentence: Int) { pairs.append(UInt64(row) << 32 | UInt64(UInt32(truncatingIfNeeded: sentence))) }

    /// Calls `body` once per distinct pair, by row then sentence.
    mutating func forEachDistinct(_ body: (_ row: Int, _ sentence: Int) -> Void) {
        pairs.sort()
        for (k, pair) in pairs.enumerated() where k == 0 || pairs[k - 1] != pair {
            body(Int(pair >> 32), Int(UInt32(truncatingIfNeeded: pair)))
        }
    }
}
