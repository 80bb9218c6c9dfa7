import StanceModel

/// A compact binary encoding of `ArticleAnalysis` for the history: varints and length-prefixed UTF-8, doubles
/// as their bit patterns (exact round trip). Nightly runs fold every stored analysis back into the aggregates,
/// so decoding speed matters: this is several times faster than JSON and a third of its size.
///
/// Layout (version 1): `0x01`, article (id, date, source, title, text), tokens, sentences (index, start, end,
/// tone, cues (text, score)), mentions (sentence, start, end, text, entity, type, actor, tone), stances
/// (sentence, source entity, source actor, target entity, target actor, root, modality, cue, evidence), tone,
/// positive, negative.
public enum AnalysisCodec {
    static let version: UInt8 = 1

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func encode(_ a: ArticleAnalysis) -> [UInt8] {
        var w = Writer(capacity: a.article.text.utf8.count * 2 + 256)
        w.byte(version)
        w.string(a.article.id); w.string(a.article.date); w.string(a.article.source); w.string(a.article.title)
        w.string(a.article.text)
        w.int(a.tokens)
        w.int(a.sentences.count)
        for s in a.sentences {
            w.int(s.index); w.int(s.start); w.int(s.end); w.double(s.tone)
            w.int(s.cues.count)
            for cue in s.cues { w.string(cue.text); w.double(cue.score) }
        }
        w.int(a.mentions.count)
        for m in a.mentions {
            w.int(m.sentence); w.int(m.start); w.int(m.end); w.string(m.text); w.string(m.entity)
            w.int(EntityType.allCases.firstIndex(of: m.type)!); w.string(m.actor); w.double(m.tone)
        }
        w.int(a.stances.count)
        for s in a.stances {
            w.int(s.sentence); w.string(s.sourceEntity); w.string(s.sourceActor); w.string(s.targetEntity)
            w.string(s.targetActor); w.int(s.root.code); w.int(Modality.allCases.firstIndex(of: s.modality)!)
            w.string(s.cue); w.string(s.evidence)
        }
        w.double(a.tone); w.double(a.positive); w.double(a.negative)
        return w.bytes
    }

    /// The most elements a list's count reserves room for before it is read.
    static let reserveLimit = 1 << 12

    /// Decodes a stored analysis. Without `cues`, the sentences' cues are skipped (read past, left empty): what the
    /// history's folds need, which count and compare but never show a cue, for less decoding.
    public static func decode(_ buffer: UnsafeRawBufferPointer, cues keepCues: Bool = true) throws(Failure) -> ArticleAnalysis {
        var r = Reader(buffer: buffer)
        guard try r.byte() == version else { throw Failure(description: "unknown encoding version") }
        let article = Article(id: try r.string(), date: try r.string(), source: try r.string(), title: try r.string(), text: try r.string())
        let tokens = try r.int()
        // Room for each list up front (a corrupt count is capped: past it the lists grow as they are read).
        var sentences: [SentenceTone] = []
        let sentenceCount = try r.count()
        sentences.reserveCapacity(min(sentenceCount, Self.reserveLimit))
        for _ in 0..<sentenceCount {
            let index = try r.int(), start = try r.int(), end = try r.int(), tone = try r.double()
            var cues: [Cue] = []
            let cueCount = try r.count()
            if keepCues {
                cues.reserveCapacity(min(cueCount, Self.reserveLimit))
                for _ in 0..<cueCount { cues.append(Cue(text: try r.string(), score: try r.double())) }
            } else {
                for _ in 0..<cueCount {
                    try r.skip(try r.count())
                    try r.skip(8)
                }
            }
            sentences.append(SentenceTone(index: index, start: start, end: end, tone: tone, cues: cues))
        }
        var mentions: [Mention] = []
        let mentionCount = try r.count()
        mentions.reserveCapacity(min(mentionCount, Self.reserveLimit))
        for _ in 0..<mentionCount {
            let sentence = try r.int(), start = try r.int(), end = try r.int(), text = try r.string(), entity = try r.string()
            let typeIndex = try r.int()
            guard EntityType.allCases.indices.contains(typeIndex) else { throw Failure(description: "bad entity type") }
            mentions.append(
                Mention(sentence: sentence, start: start, end: end, text: text, entity: entity, type: EntityType.allCases[typeIndex],
                        actor: try r.string(), tone: try r.double()))
        }
        var stances: [Stance] = []
        let stanceCount = try r.count()
        stances.reserveCapacity(min(stanceCount, Self.reserveLimit))
        for _ in 0..<stanceCount {
            let sentence = try r.int(), sourceEntity = try r.string(), sourceActor = try r.string()
            let targetEntity = try r.string(), targetActor = try r.string()
            guard let root = CameoRoot(try r.int()) else { throw Failure(description: "bad CAMEO root") }
            let modalityIndex = try r.int()
            guard Modality.allCases.indices.contains(modalityIndex) else { throw Failure(description: "bad modality") }
            stances.append(
                Stance(sentence: sentence, sourceEntity: sourceEntity, sourceActor: sourceActor, targetEntity: targetEntity,
                       targetActor: targetActor, root: root, modality: Modality.allCases[modalityIndex], cue: try r.string(),
                       evidence: try r.string()))
        }
        let tone = try r.double(), positive = try r.double(), negative = try r.double()
        guard r.offset == buffer.count else { throw Failure(description: "trailing bytes") }
        return ArticleAnalysis(article: article, tokens: tokens, sentences: sentences, mentions: mentions, stances: stances,
                               tone: tone, positive: positive, negative: negative)
    }

    /// The encoders' output: bytes stored straight into raw memory that grows by doubling (an array's append
    /// checks its uniqueness and capacity at every byte: two thirds of an analysis's encoding went there).
    /// Non-copyable: it owns its memory.
    struct Writer: ~Copyable {
        private var base: UnsafeMutableRawPointer
        private var capacity: Int
        private var count = 0

        init(capacity: Int = 256) {
            self.capacity = max(capacity, 16)
            base = .allocate(byteCount: self.capacity, alignment: 8)
        }

        deinit { base.deallocate() }

        /// The bytes written so far.
        var bytes: [UInt8] { [UInt8](UnsafeRawBufferPointer(start: base, count: count)) }

        mutating func byte(_ value: UInt8) {
            reserve(1)
            base.storeBytes(of: value, toByteOffset: count, as: UInt8.self)
            count &+= 1
        }

        mutating func int(_ value: Int) {
            reserve(10)  // a 64-bit varint's most bytes
            var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)  // zigzag
            while v >= 0x80 {
                base.storeBytes(of: UInt8(truncatingIfNeeded: v) & 0x7F | 0x80, toByteOffset: count, as: UInt8.self)
                count &+= 1
                v >>= 7
            }
            base.storeBytes(of: UInt8(truncatingIfNeeded: v), toByteOffset: count, as: UInt8.self)
            count &+= 1
        }

        /// Its bit pattern, least significant byte first.
        mutating func double(_ value: Double) {
            reserve(8)
            base.storeBytes(of: value.bitPattern.littleEndian, toByteOffset: count, as: UInt64.self)
            count &+= 8
        }

        mutating func string(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in
                int(utf8.count)
                reserve(utf8.count)
                if let source = utf8.baseAddress { (base + count).copyMemory(from: source, byteCount: utf8.count) }
                count &+= utf8.count
            }
        }

        @inline(__always)
        private mutating func reserve(_ bytes: Int) {
            if count &+ bytes > capacity { grow(bytes) }
        }

        @inline(never)
        private mutating func grow(_ bytes: Int) {
            (base, capacity) = grownStorage(base, used: count, capacity: capacity, more: bytes, alignment: 8)
        }
    }

    struct Reader {
        let buffer: UnsafeRawBufferPointer
        var offset = 0

        mutating func byte() throws(Failure) -> UInt8 {
            guard offset < buffer.count else { throw Failure(description: "truncated") }
            defer { offset += 1 }
            return buffer[offset]
        }

        mutating func int() throws(Failure) -> Int {
            var v: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
                guard shift < 64 else { throw Failure(description: "bad varint") }
            }
            return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
        }

        mutating func count() throws(Failure) -> Int {
            let n = try int()
            guard n >= 0, n <= buffer.count - offset else { throw Failure(description: "bad count") }
            return n
        }

        mutating func double() throws(Failure) -> Double {
            guard offset + 8 <= buffer.count else { throw Failure(description: "truncated") }
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(buffer[offset + k]) << (8 * UInt64(k)) }
            offset += 8
            return Double(bitPattern: bits)
        }

        mutating func skip(_ n: Int) throws(Failure) {
            guard n <= buffer.count - offset else { throw Failure(description: "truncated") }
            offset += n
        }

        mutating func string() throws(Failure) -> String {
            let n = try count()
            defer { offset += n }
            return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + n)]), as: UTF8.self)
        }
    }
}
