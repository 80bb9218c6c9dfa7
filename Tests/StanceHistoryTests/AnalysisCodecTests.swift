import Foundation
import StanceModel
import Testing

@testable import StanceHistory

@Suite struct AnalysisCodecTests {
    func roundTrip(_ a: ArticleAnalysis) throws -> ArticleAnalysis {
        try AnalysisCodec.encode(a).withUnsafeBytes { try AnalysisCodec.decode($0) }
    }

    /// The writer's bytes, through several growths from a small start, are the format's: zigzag varints, doubles'
    /// bits least significant byte first, strings as their UTF-8 length then bytes (built here from that
    /// description, an array append at a time).
    @Test func writerGrowsAndKeepsEveryByte() {
        var w = AnalysisCodec.Writer(capacity: 1)
        var expected: [UInt8] = []
        func varint(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
            while v >= 0x80 {
                expected.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            expected.append(UInt8(v))
        }
        for k in 0..<300 {
            let n = [0, 1, -1, 63, -64, 64, 300, -300, Int.max, Int.min][k % 10] &+ k
            w.int(n)
            varint(n)
            let x = Double(k) * -1.25e-3
            w.double(x)
            for shift in stride(from: 0, to: 64, by: 8) { expected.append(UInt8(truncatingIfNeeded: x.bitPattern >> UInt64(shift))) }
            let text = String(repeating: k % 7 == 0 ? "é" : "a", count: k % 40)
            w.string(text)
            varint(text.utf8.count)
            expected += Array(text.utf8)
            w.byte(UInt8(k % 256))
            expected.append(UInt8(k % 256))
        }
        #expect(w.bytes == expected)
    }

    @Test(arguments: 0..<40)
    func generatedAnalysesRoundTrip(k: Int) throws {
        let a = analysis(k, revision: k % 3)
        #expect(try roundTrip(a) == a)
    }

    /// Values JSON or a careless varint would not keep: negative and extreme integers, signed zero, NaN bits,
    /// subnormals, empty strings and arrays, non-ASCII text.
    @Test func edgeValuesRoundTripBitForBit() throws {
        var a = ArticleAnalysis(
            article: Article(id: "", text: ""), tokens: Int.max, sentences: [], mentions: [], stances: [], tone: -0.0,
            positive: .leastNonzeroMagnitude, negative: .greatestFiniteMagnitude)
        #expect(try roundTrip(a) == a)
        a.tokens = Int.min
        a.sentences = [SentenceTone(index: -1, start: -300, end: 1 << 40, tone: .nan, cues: [Cue(text: "", score: -.infinity)])]
        a.mentions = [Mention(sentence: 0, start: 0, end: 0, text: "", entity: "Ζελένσκι 🇺🇦", type: .other, actor: "")]
        a.article = Article(id: "id\u{0}x", date: "2022", source: "s\u{1F}t", title: "\r\n", text: "e\u{301} \u{FEFF}")
        let back = try roundTrip(a)
        #expect(back.tokens == Int.min)
        #expect(back.tone.bitPattern == (-0.0).bitPattern)
        #expect(back.sentences[0].tone.bitPattern == Double.nan.bitPattern)
        #expect(back.sentences[0].end == 1 << 40 && back.sentences[0].start == -300 && back.sentences[0].index == -1)
        #expect(back.sentences[0].cues == a.sentences[0].cues)
        #expect(back.mentions == a.mentions)
        #expect(back.article == a.article)
        #expect(back.article.text.unicodeScalars.elementsEqual(a.article.text.unicodeScalars))
    }

    enum Damage: String, CaseIterable, Sendable {
        case empty, unknownVersion, truncated, trailingBytes, hugeCount

        func apply(_ b: [UInt8]) -> [UInt8] {
            switch self {
            case .empty: return []
            case .unknownVersion: return [99] + b.dropFirst()
            case .truncated: return Array(b.dropLast())
            case .trailingBytes: return b + [0]
            // The id's length becomes 2^31: more than the blob holds.
            case .hugeCount: return [b[0], 0x80, 0x80, 0x80, 0x80, 0x10] + b.dropFirst(2)
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func damagedBlobsThrowInsteadOfCrashing(damage: Damage) {
        let blob = damage.apply(AnalysisCodec.encode(analysis(5)))
        #expect(throws: AnalysisCodec.Failure.self) { try blob.withUnsafeBytes { try AnalysisCodec.decode($0) } }
        #expect(throws: AnalysisCodec.Failure.self) { try blob.withUnsafeBytes { try AnalysisCodec.decode($0, cues: false) } }
    }

    /// Without cues, a stored analysis decodes to the same analysis with every sentence's cues left empty.
    @Test(arguments: 0..<20)
    func cuesCanBeSkipped(k: Int) throws {
        var expected = analysis(k, revision: k % 3)
        #expect(expected.sentences.contains { !$0.cues.isEmpty } || k % 3 != 0, "the generated analyses have cues")
        let blob = AnalysisCodec.encode(expected)
        for s in expected.sentences.indices { expected.sentences[s].cues = [] }
        #expect(try blob.withUnsafeBytes { try AnalysisCodec.decode($0, cues: false) } == expected)
    }
}
