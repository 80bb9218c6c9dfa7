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

    public static func article(_ a: ArticleAnalysis) -> [String] {
        let article = a.article
        return [
            article.id, article.date, article.source, article.title, String(a.sentences.count), String(a.tokens),
            String(a.mentions.count), String(a.stances.count), f(a.tone), f(a.positive), f(a.negative), f(a.polarity),
        ]
    }

    public static func mention(_ id: String, _ m: Mention) -> [String] {
        [id, String(m.sentence), String(m.start), String(m.end), m.text, m.entity, m.type.rawValue, m.actor, f(m.tone)]
    }

    public static func stance(_ id: String, _ s: Stance) -> [String] {
        [
            id, String(s.sentence), s.sourceEntity, s.sourceActor, s.targetEntity, s.targetActor, s.root.string,
            s.root.name, String(s.root.quadClass), f(s.root.goldstein, 1), s.modality.rawValue, s.cue, s.evidence,
        ]
    }

    public static func sentence(_ id: String, _ s: SentenceTone) -> [String] {
        [
            id, String(s.index), String(s.start), String(s.end), f(s.tone),
            s.cues.map { "\($0.text):\(f($0.score, 2))" }.joined(separator: ";"),
        ]
    }

    public static func reject(_ r: Reject) -> [String] { [r.input, r.record, r.reason] }

    /// `entities.csv` rows: most mentioned first, then by id (a total order: ids are unique).
    public static func entityRows(_ aggregate: Aggregate) -> [[String]] {
        aggregate.entities.sorted { a, b in
            a.value.mentions != b.value.mentions ? a.value.mentions > b.value.mentions : a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
        }.map { (entity, s) in
            [
                entity, s.type.rawValue, s.actor, String(s.mentions), String(s.articles),
                f(Fixed.mean(s.toneSum, s.toneCount)), s.firstDate, s.lastDate,
            ]
        }
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

    /// `trends.csv` rows: by period, kind and key.
    public static func trendRows(_ aggregate: Aggregate) -> [[String]] {
        aggregate.trends.sorted { a, b in
            (a.key.period, a.key.kind) != (b.key.period, b.key.kind) ? (a.key.period, a.key.kind) < (b.key.period, b.key.kind)
                : a.key.key.utf8.lexicographicallyPrecedes(b.key.key.utf8)
        }.map { (key, s) in
            [
                key.period, key.kind, key.key, String(s.mentions), String(s.articles), String(s.stances),
                f(Fixed.mean(s.toneSum, s.toneCount)), f(s.goldsteinMean),
            ]
        }
    }
}
