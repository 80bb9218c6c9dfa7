import StanceAggregate

/// What one article gives the trend comparison (`changes.csv` and the report's example sentences): its entity and
/// pair observations and its candidate examples. The history keeps it beside the article's analysis
/// (`article.comparison`), so that the end of a nightly run reads these few keys and sums for the last two
/// periods' articles instead of decoding and summing their whole analyses again.
public struct ComparisonPart: Sendable, Equatable {
    /// In key order, as `ArticleObservations` lists them.
    public var keys: [KeyObservation]
    /// In the order the comparison meets them (the stances' pairs, then each entity's first mention).
    public var examples: [Example]

    public struct Example: Sendable, Equatable {
        /// `entity` or `pair`, as `key_kind`.
        public var kind: String
        public var key: String
        /// The stance (its index in the analysis) whose evidence is the example; nil for the sentence of the
        /// article's text at `start..<end` (Unicode scalars). Places, not text: the report reads back the few
        /// articles whose examples it shows.
        public var stance: Int?
        public var start: Int
        public var end: Int

        public init(kind: String, key: String, stance: Int?, start: Int = 0, end: Int = 0) {
            self.kind = kind
            self.key = key
            self.stance = stance
            self.start = start
            self.end = end
        }
    }

    public init(keys: [KeyObservation], examples: [Example]) {
        self.keys = keys
        self.examples = examples
    }
}

/// The binary form of `ComparisonPart` in the history, with `AnalysisCodec`'s varints and strings.
///
/// Layout (version 1): `0x01`; keys (kind: `0` entity, `1` pair, or `2` and its name; key, count, tone sum, tone count, Goldstein tenths, Goldstein count);
/// examples (kind, key, `0` and the sentence's start and end, or `1` and the stance's index). The version also stands for the rules that make a
/// part from an analysis (what counts as a mention or a stance of a key): a change to them must raise it, and the
/// history then reads the analyses of the parts stored before (`HistoryStore.forEachComparisonSource`).
public enum ComparisonCodec {
    public static let version: UInt8 = 1

    public static func encode(_ part: ComparisonPart) -> [UInt8] {
        var w = AnalysisCodec.Writer(capacity: 16 + 32 * (part.keys.count + part.examples.count))
        w.byte(version)
        w.int(part.keys.count)
        for k in part.keys {
            kind(k.kind, &w); w.string(k.key); w.int(k.count); w.int(Int(k.toneSum)); w.int(k.toneCount)
            w.int(Int(k.goldsteinTenths)); w.int(k.goldsteinCount)
        }
        w.int(part.examples.count)
        for e in part.examples {
            kind(e.kind, &w); w.string(e.key)
            if let stance = e.stance {
                w.int(1); w.int(stance)
            } else {
                w.int(0); w.int(e.start); w.int(e.end)
            }
        }
        return w.bytes
    }

    public static func decode(_ buffer: UnsafeRawBufferPointer) throws(AnalysisCodec.Failure) -> ComparisonPart {
        var r = AnalysisCodec.Reader(buffer: buffer)
        guard try r.byte() == version else { throw AnalysisCodec.Failure(description: "unknown comparison part version") }
        var keys: [KeyObservation] = []
        let keyCount = try r.count()
        keys.reserveCapacity(min(keyCount, AnalysisCodec.reserveLimit))
        for _ in 0..<keyCount {
            let kind = try kind(&r), key = try r.string(), count = try r.int(), toneSum = try r.int(), toneCount = try r.int()
            let goldsteinTenths = try r.int(), goldsteinCount = try r.int()
            keys.append(
                KeyObservation(
                    kind: kind, key: key, count: count, toneSum: Int64(toneSum), toneCount: toneCount,
                    goldsteinTenths: Int64(goldsteinTenths), goldsteinCount: goldsteinCount))
        }
        var examples: [ComparisonPart.Example] = []
        let exampleCount = try r.count()
        examples.reserveCapacity(min(exampleCount, AnalysisCodec.reserveLimit))
        for _ in 0..<exampleCount {
            let kind = try kind(&r), key = try r.string()
            switch try r.int() {
            case 0: examples.append(ComparisonPart.Example(kind: kind, key: key, stance: nil, start: try r.int(), end: try r.int()))
            case 1: examples.append(ComparisonPart.Example(kind: kind, key: key, stance: try r.int()))
            default: throw AnalysisCodec.Failure(description: "bad example form")
            }
        }
        guard r.offset == buffer.count else { throw AnalysisCodec.Failure(description: "trailing bytes") }
        return ComparisonPart(keys: keys, examples: examples)
    }

    /// The two kinds as one byte each (`0` entity, `1` pair), any other as `2` and its name.
    private static func kind(_ kind: String, _ w: inout AnalysisCodec.Writer) {
        switch kind {
        case "entity": w.int(0)
        case "pair": w.int(1)
        default:
            w.int(2)
            w.string(kind)
        }
    }

    private static func kind(_ r: inout AnalysisCodec.Reader) throws(AnalysisCodec.Failure) -> String {
        switch try r.int() {
        case 0: "entity"
        case 1: "pair"
        case 2: try r.string()
        default: throw AnalysisCodec.Failure(description: "bad key kind")
        }
    }
}
