import StanceAggregate
import StanceModel

/// The contract's CSV headers and the rows of each file (columns may be added at the end, never changed).
public enum Rows {
    public static let articles = [
        "article_id", "date", "source", "title", "sentences", "tokens", "mentions", "stances", "tone", "positive",
        "negative", "polarity",
    ]
    public static let mentions = ["article_id", "sentence", "start", "end", "text", "entity", "type", "actor", "tone"]
    public static let stances = [
        "article_id", "sentence", "source_entity", "source_actor", "target_entity", "target_actor", "cameo", "stance",
        "quad_class", "goldstein", "modality", "cue", "evidence",
    ]
    public static let sentences = ["article_id", "sentence", "start", "end", "tone", "cues"]
    public static let entities = ["entity", "type", "actor", "mentions", "articles", "tone", "first_date", "last_date"]
    public static let pairs = [
        "source_actor", "target_actor", "stances", "cooperative", "conflictual", "goldstein_sum", "goldstein_mean",
        "top_stance",
    ]
    public static let trends = ["period", "key_kind", "key", "mentions", "articles", "stances", "tone", "goldstein_mean"]
    public static let rejects = ["input", "record", "reason"]

    static func f(_ x: Double, _ digits: Int = 4) -> String { Fixed.format(x, digits: digits) }

    /// The per-article files are written field by field (`CSVBuffer.field`): no array of strings per row.
    static func writeArticle(_ a: ArticleAnalysis, to w: CSVBuffer) {
        let article = a.article
        w.field(article.id)
        w.field(article.date)
        w.field(article.source)
        w.field(article.title)
        w.field(a.sentences.count)
        w.field(a.tokens)
        w.field(a.mentions.count)
        w.field(a.stances.count)
        w.field(a.tone, digits: 4)
        w.field(a.positive, digits: 4)
        w.field(a.negative, digits: 4)
        w.field(a.polarity, digits: 4)
        w.endRow()
    }

    static func writeMention(_ id: String, _ m: Mention, to w: CSVBuffer) {
        w.field(id)
        w.field(m.sentence)
        w.field(m.start)
        w.field(m.end)
        w.field(m.text)
        w.field(m.entity)
        w.field(m.type.rawValue)
        w.field(m.actor)
        w.field(m.tone, digits: 4)
        w.endRow()
    }

    static func writeStance(_ id: String, _ s: Stance, to w: CSVBuffer) {
        w.field(id)
        w.field(s.sentence)
        w.field(s.sourceEntity)
        w.field(s.sourceActor)
        w.field(s.targetEntity)
        w.field(s.targetActor)
        w.field(s.root.string)
        w.field(s.root.name)
        w.field(s.root.quadClass)
        w.field(s.root.goldstein, digits: 1)
        w.field(s.modality.rawValue)
        w.field(s.cue)
        w.field(s.evidence)
        w.endRow()
    }

    /// `cues` is `text:score` pairs joined by `;`, scores with 2 decimals.
    static func writeSentence(_ id: String, _ s: SentenceTone, to w: CSVBuffer) {
        w.field(id)
        w.field(s.index)
        w.field(s.start)
        w.field(s.end)
        w.field(s.tone, digits: 4)
        w.field { bytes in
            for (k, cue) in s.cues.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ";")) }
                bytes.append(contentsOf: cue.text.utf8)
                bytes.append(UInt8(ascii: ":"))
                Fixed.withText(cue.score, digits: 2) { bytes.append(contentsOf: $0) }
            }
        }
        w.endRow()
    }

    public static func reject(_ r: Reject) -> [String] { [r.input, r.record, r.reason] }

    /// One article's rows of the per-article files, formatted in one buffer (on a worker thread, so that the
    /// ordered write stage only copies bytes): its `articles.csv` row, then its mentions, stances and sentences.
    public struct ArticleRows: Sendable {
        let buffer: CSVBuffer
        /// Where the article row, the mentions and the stances end in `buffer` (the sentences run to its end).
        let articleEnd: Int, mentionsEnd: Int, stancesEnd: Int
        let mentions: Int, stances: Int, sentences: Int

        public init(_ a: ArticleAnalysis, sentences: Bool) {
            let id = a.article.id
            buffer = CSVBuffer(capacity: 512 + 160 * (a.mentions.count + (sentences ? a.sentences.count : 0)) + 640 * a.stances.count)
            writeArticle(a, to: buffer)
            articleEnd = buffer.count
            for mention in a.mentions { writeMention(id, mention, to: buffer) }
            mentionsEnd = buffer.count
            for stance in a.stances { writeStance(id, stance, to: buffer) }
            stancesEnd = buffer.count
            if sentences { for sentence in a.sentences { writeSentence(id, sentence, to: buffer) } }
            (mentions, stances, self.sentences) = (a.mentions.count, a.stances.count, sentences ? a.sentences.count : 0)
        }

        /// The bytes of each file's rows (valid while the rows are).
        var articleBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer.bytes[..<articleEnd]) }
        var mentionBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer.bytes[articleEnd..<mentionsEnd]) }
        var stanceBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer.bytes[mentionsEnd..<stancesEnd]) }
        var sentenceBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer.bytes[stancesEnd...]) }
    }

    /// What `entities.csv`, `pairs.csv`, `trends.csv`, the report and the history's snapshot share, sorted once:
    /// the entities by id (the snapshot's order) and in `entities.csv` order (formatted only where used), the
    /// `pairs.csv` rows and the trends in `trends.csv` order.
    public struct Sorted: Sendable {
        public let entitiesByKey: [(key: String, value: EntityStats)]
        public let entities: [(key: String, value: EntityStats)]
        public let pairRows: [[String]]
        public let trends: [(key: TrendKey, value: TrendStats)]

        public init(_ aggregate: Aggregate) {
            entitiesByKey = aggregate.entitiesByKey
            entities = Rows.byMentions(entitiesByKey)
            pairRows = Rows.pairRows(aggregate)
            trends = aggregate.sortedTrends
        }
    }

    /// The entities in `entities.csv` order (most mentioned first, then by id: a total order, ids are unique), not
    /// yet formatted (the report formats only those it shows), from the entities by id.
    static func byMentions(_ byKey: [(key: String, value: EntityStats)]) -> [(key: String, value: EntityStats)] {
        // Positions sorted on plain counts, then on their place by id: comparing the entries themselves copies their
        // tables and strings at every step.
        let mentions = byKey.map(\.value.mentions)
        let order = byKey.indices.sorted { a, b in mentions[a] != mentions[b] ? mentions[a] > mentions[b] : a < b }
        return order.map { byKey[$0] }
    }

    /// One `entities.csv` row.
    public static func entityRow(_ entry: (key: String, value: EntityStats)) -> [String] {
        let s = entry.value
        return [
            entry.key, s.type.rawValue, s.actor, String(s.mentions), String(s.articles),
            f(Fixed.mean(s.toneSum, s.toneCount)), s.firstDate, s.lastDate,
        ]
    }

    /// `pairs.csv` rows: most stances first, then source and target.
    public static func pairRows(_ aggregate: Aggregate) -> [[String]] {
        aggregate.pairs.sorted { a, b in
            a.value.stances != b.value.stances ? a.value.stances > b.value.stances : a.key < b.key
        }.map { (key, s) in
            [
                key.source, key.target, String(s.stances), String(s.cooperative), String(s.conflictual), f(s.goldsteinSum, 1),
                f(s.goldsteinMean), s.topStance?.name ?? "",
            ]
        }
    }

    /// One `entities.csv` row written field by field (`entityRow`'s fields, without an array of strings: a
    /// history's tables have tens of thousands of rows).
    static func writeEntity(_ entry: (key: String, value: EntityStats), to w: CSVWriter) throws(CSVWriter.Failure) {
        let s = entry.value
        w.field(entry.key)
        w.field(s.type.rawValue)
        w.field(s.actor)
        w.field(s.mentions)
        w.field(s.articles)
        w.field(Fixed.mean(s.toneSum, s.toneCount), digits: 4)
        w.field(s.firstDate)
        w.field(s.lastDate)
        try w.endRow()
    }

    /// One `trends.csv` row (the rows come by period, kind and key: `Sorted.trends`).
    static func writeTrend(_ entry: (key: TrendKey, value: TrendStats), to w: CSVWriter) throws(CSVWriter.Failure) {
        let (key, s) = entry
        w.field(key.period)
        w.field(key.kind)
        w.field(key.key)
        w.field(s.mentions)
        w.field(s.articles)
        w.field(s.stances)
        w.field(Fixed.mean(s.toneSum, s.toneCount), digits: 4)
        w.field(s.goldsteinMean, digits: 4)
        try w.endRow()
    }
}
