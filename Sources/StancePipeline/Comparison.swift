import StanceAggregate
import StanceHistory
import StanceModel

/// What the trend comparison compares: the last period against the one before, or explicit date ranges.
public enum ComparisonWindow: Sendable, Equatable {
    case lastTwoPeriods
    /// Inclusive date ranges (`2022-01..2022-02`), compared on the common prefix of the bounds and the date.
    case ranges(baseline: ClosedRange<String>, current: ClosedRange<String>)

    /// Parses `FROM..TO` (either side may be a full or partial date).
    public static func range(_ text: String) -> ClosedRange<String>? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: true)
        guard parts.count == 2, let from = ArticleDate.normalize(String(parts[0])), let to = ArticleDate.normalize(String(parts[1])),
            !from.isEmpty, !to.isEmpty, from <= to
        else { return nil }
        return from...to
    }

    /// The upper bound that ends later: a coarser date runs to the end of its period ("2022" ends after
    /// "2022-04-15", though it sorts first).
    static func laterEnd(_ a: String, _ b: String) -> String {
        if a.hasPrefix(b) { return b }
        if b.hasPrefix(a) { return a }
        return max(a, b)
    }

    static func contains(_ range: ClosedRange<String>, _ date: String) -> Bool {
        guard !date.isEmpty else { return false }
        let low = String(date.prefix(range.lowerBound.count))
        let high = String(date.prefix(range.upperBound.count))
        // A date coarser than a bound only fits when the bound is at least as coarse.
        return date.count >= min(range.lowerBound.count, range.upperBound.count) && low >= range.lowerBound && high <= range.upperBound
    }
}

/// The key an example sentence stands behind: a `key_kind` and a key of `changes.csv` (two fields, not one joined
/// string: most joined keys were too long for an inline string, an allocation per entity per article).
public struct EvidenceKey: Hashable, Sendable {
    public var kind: String
    public var key: String

    public init(kind: String, key: String) {
        self.kind = kind
        self.key = key
    }
}

/// An example sentence behind a key in a period, for the report. The sentence is cut from the article's text
/// only when the report shows it (most collected examples are never shown; the text itself is shared, not copied).
/// One read back from the history's comparison parts has no text yet (`needsText`): the article's analysis is
/// read back for the few that can be shown (`resolve`).
public struct Evidence: Sendable, Equatable {
    public var article: String
    public var date: String
    private var source: String
    private var range: Range<Int>?
    /// The index of the stance whose evidence the example is, until its text is read.
    private var stance: Int?
    /// The example is a place in an analysis that was not read: the sentence at `range` of its text, or the
    /// evidence of its stance `stance`.
    private(set) var needsText = false

    init(article: String, date: String, text: String, range: Range<Int>? = nil) {
        self.article = article
        self.date = date
        self.source = text
        self.range = range
    }

    /// The example at a place in the article's analysis, read later (`resolve`).
    init(article: String, date: String, place: ComparisonPart.Example) {
        self.init(article: article, date: date, text: "", range: place.stance == nil ? place.start..<place.end : nil)
        stance = place.stance
        needsText = true
    }

    /// Gives an example that `needsText` its text from its article's analysis.
    mutating func resolve(from analysis: ArticleAnalysis) {
        if let stance {
            source = analysis.stances.indices.contains(stance) ? analysis.stances[stance].evidence : ""
        } else {
            source = analysis.article.text
        }
        needsText = false
    }

    public var text: String { range.map { ComparisonCollector.slice(source, $0.lowerBound, $0.upperBound) } ?? source }
}

/// Collects, while the run streams, the per-article observations the comparison needs: only the two latest
/// periods (or the two ranges) are kept, so memory does not grow with the archive.
struct ComparisonCollector {
    let window: ComparisonWindow
    let period: Period
    static let evidencePerKey = 3
    private(set) var sides: [String: [ArticleObservations]] = [:]
    private(set) var evidence: [String: [EvidenceKey: [Evidence]]] = [:]
    /// The side whose example sentences are kept, when it is known before the articles come (a fold of the
    /// history knows its two periods): the report shows only the current side's, and finding the others' cost
    /// about a tenth of reading the comparison's articles back. Nil: every side's are kept.
    var evidenceSide: String?

    init(window: ComparisonWindow, period: Period, evidenceSide: String? = nil) {
        self.window = window
        self.period = period
        self.evidenceSide = evidenceSide
    }

    /// The label of the side an article falls in, if any.
    private func side(of date: String) -> String? {
        switch window {
        case .ranges(let baseline, let current):
            if ComparisonWindow.contains(current, date) { return "current" }
            if ComparisonWindow.contains(baseline, date) { return "baseline" }
            return nil
        case .lastTwoPeriods:
            let bucket = period.bucket(date)
            // Only dates precise enough for the period take part (a `yyyy` date is not in any month).
            guard !bucket.isEmpty, bucket.count == Self.fullLength(period) else { return nil }
            return bucket
        }
    }

    static func fullLength(_ period: Period) -> Int {
        switch period {
        case .day: return 10
        case .week: return 8
        case .month: return 7
        case .year: return 4
        }
    }

    /// What one article gives the comparison, worked out without the collector's state (on a worker thread):
    /// its side, its observations and its candidate example sentences in order.
    struct Prepared: Sendable {
        var label: String
        var observations: ArticleObservations
        var evidence: [(key: EvidenceKey, evidence: Evidence)]
    }

    /// The article's part in the comparison, or nil when it falls in neither side; `summary` is its own aggregate.
    func prepare(_ analysis: ArticleAnalysis, summary: ArticleSummary) -> Prepared? {
        guard side(of: analysis.article.date) != nil else { return nil }
        return prepare(Self.part(analysis, summary: summary), id: analysis.article.id, date: analysis.article.date, analysis: analysis)
    }

    /// The same from the article's part, its examples' text from `analysis` (the one the part was made from), or
    /// read later when it is nil (a part stored in the history).
    func prepare(_ part: ComparisonPart, id: String, date: String, analysis: ArticleAnalysis? = nil) -> Prepared? {
        guard let label = side(of: date) else { return nil }
        let keepsEvidence = evidenceSide == nil || evidenceSide == label
        return Prepared(
            label: label, observations: ArticleObservations(article: id, keys: part.keys),
            evidence: keepsEvidence ? Self.evidence(part.examples, id: id, date: date, in: analysis) : [])
    }

    /// What the article gives any comparison, for the history to keep (`summary`: its own aggregate, any period).
    static func part(_ analysis: ArticleAnalysis, summary: ArticleSummary) -> ComparisonPart {
        ComparisonPart(
            keys: ArticleObservations(article: analysis.article.id, summary: summary).keys,
            examples: examples(analysis, entities: summary.entities.lazy.map(\.key)))
    }

    mutating func add(_ analysis: ArticleAnalysis) {
        if let prepared = prepare(analysis, summary: ArticleSummary(analysis, period: .year)) { add(prepared) }
    }

    mutating func add(_ prepared: Prepared) {
        let label = prepared.label
        if case .lastTwoPeriods = window, sides[label] == nil {
            let labels = sides.keys.sorted()
            if labels.count == 2 {
                guard label > labels[0] else { return }
                sides[labels[0]] = nil
                evidence[labels[0]] = nil
            }
        }
        sides[label, default: []].append(prepared.observations)
        guard !prepared.evidence.isEmpty else { return }
        // Keeps the first few example sentences per key and side. The side's table is taken out and put back (a
        // move, not a copy: copying it per article would make the fold quadratic), so that each key costs one
        // lookup.
        var examples = evidence.removeValue(forKey: label) ?? [:]
        for (key, example) in prepared.evidence {
            Self.keep(example, in: &examples[key, default: []])
        }
        evidence[label] = examples
    }

    private static func keep(_ example: Evidence, in examples: inout [Evidence]) {
        if examples.count < evidencePerKey { examples.append(example) }
    }

    /// The article's example sentences by key, in the order they are met: the stances' pairs (their evidence),
    /// then the first mention of each entity (its sentence). `entities`: the article's entities in the order of
    /// their first mention (as `ArticleSummary` lists them), so the first mention of each is found without a set of
    /// the ids seen.
    static func examples(_ analysis: ArticleAnalysis, entities: some Collection<String>) -> [ComparisonPart.Example] {
        var out: [ComparisonPart.Example] = []
        for (k, stance) in analysis.stances.enumerated() where Aggregate.counts(stance) && !stance.sourceActor.isEmpty {
            out.append(ComparisonPart.Example(kind: "pair", key: PairKey(stance.sourceActor, stance.targetActor).label, stance: k))
        }
        // The next entity not met yet: the first mention of it comes before any of a later one.
        var next = entities.startIndex
        for mention in analysis.mentions where next != entities.endIndex && mention.entity == entities[next] {
            entities.formIndex(after: &next)
            let s = analysis.sentences[mention.sentence]
            out.append(ComparisonPart.Example(kind: "entity", key: mention.entity, stance: nil, start: s.start, end: s.end))
        }
        return out
    }

    /// The examples as the report's evidence, their text from `analysis`, or read later when it is nil.
    private static func evidence(
        _ examples: [ComparisonPart.Example], id: String, date: String, in analysis: ArticleAnalysis?
    ) -> [(key: EvidenceKey, evidence: Evidence)] {
        examples.map { e in
            let evidence: Evidence
            if let analysis {
                evidence = e.stance.map { Evidence(article: id, date: date, text: analysis.stances[$0].evidence) }
                    ?? Evidence(article: id, date: date, text: analysis.article.text, range: e.start..<e.end)
            } else {
                evidence = Evidence(article: id, date: date, place: e)
            }
            return (EvidenceKey(kind: e.kind, key: e.key), evidence)
        }
    }

    /// `text[start:end]` in Unicode scalars, white space folded.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = text.unicodeScalars
        guard let a = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
            let b = scalars.index(scalars.startIndex, offsetBy: end, limitedBy: scalars.endIndex)
        else { return "" }
        return String(scalars[a..<b]).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// The baseline and current labels, and the changes between them.
    func result(options: CompareOptions) -> ComparisonResult {
        let labels: (String, String)
        switch window {
        case .ranges(let b, let c): labels = ("\(b.lowerBound)..\(b.upperBound)", "\(c.lowerBound)..\(c.upperBound)")
        case .lastTwoPeriods:
            let sorted = sides.keys.sorted()
            guard sorted.count == 2 else { return ComparisonResult(baseline: sorted.first ?? "", current: "", changes: [], evidence: [:]) }
            labels = (sorted[0], sorted[1])
        }
        let baselineKey: String
        let currentKey: String
        if case .ranges = window {
            baselineKey = "baseline"
            currentKey = "current"
        } else {
            baselineKey = labels.0
            currentKey = labels.1
        }
        let started = ContinuousClock.now
        let changes = Compare.changes(baseline: sides[baselineKey] ?? [], current: sides[currentKey] ?? [], options: options)
        return ComparisonResult(
            baseline: labels.0, current: labels.1, changes: changes, evidence: evidence[currentKey] ?? [:],
            seconds: seconds(ContinuousClock.now - started))
    }
}

/// The comparison of a run: the two sides' labels, the changes (`changes.csv`) and evidence for the current side.
public struct ComparisonResult: Sendable {
    public var baseline: String
    public var current: String
    public var changes: [Change]
    /// (`pair`, `USA->RUS`) / (`entity`, `USA`) -> example sentences from the current side.
    public var evidence: [EvidenceKey: [Evidence]]
    /// How long the changes took to work out (the bootstrap), for `run.json`.
    public var seconds: Double = 0
}
