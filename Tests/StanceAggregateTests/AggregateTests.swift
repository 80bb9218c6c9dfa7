import Foundation
import Testing
@testable import StanceAggregate
import StanceModel

@Suite struct PeriodTests {
    @Test(arguments: [
        (2021, 1, 3, 2020, 53), (2021, 1, 4, 2021, 1), (2020, 12, 31, 2020, 53), (2024, 12, 30, 2025, 1),
        (2022, 2, 24, 2022, 8), (1987, 2, 26, 1987, 9),
    ])
    func isoWeeks(y: Int, m: Int, d: Int, wy: Int, w: Int) {
        #expect(Period.isoWeek(year: y, month: m, day: d) == (wy, w))
    }

    @Test func partialDatesStayInThePeriodTheyFit() {
        #expect(Period.week.bucket("2022-02-24") == "2022-W08")
        #expect(Period.week.bucket("2022-02") == "2022-02")
        #expect(Period.day.bucket("1987") == "1987")
        #expect(Period.month.bucket("1987-03-01") == "1987-03")
        #expect(Period.month.bucket("1987") == "1987")
        #expect(Period.year.bucket("1987-03-01") == "1987")
        #expect(Period.year.bucket("") == "")
    }

    /// The fast path gives what splitting gives, for every period, on well-formed dates and on near misses (which
    /// it leaves to the split).
    @Test(arguments: [
        "1987-03-26", "1987-03", "2024-12-31", "1987", "", "1987-3-26", "1987--03", "1987-03-2", "1987-03-26x", "1987/03/26",
        "19870326", "1987-0a", "-1987-03", "1987-03-26-01", "٢٠٢٤-03", "2020-12-31", "2021-01-03", "0000-00-00", "+198-03",
    ])
    func fastPathAgreesWithTheSplit(date: String) {
        let fields = date.split(separator: "-")
        let split = fields.first.flatMap { Int($0) == nil ? nil : fields.count >= 2 ? "\($0)-\(fields[1])" : String($0) } ?? ""
        #expect(Period.month.bucket(date) == split)
        for period in [Period.year, .month, .week, .day] {
            #expect(period.bucket(date) == period.bucketBySplitting(date), "\(period) \(date)")
            if let fast = period.fastBucket(date) { #expect(fast == period.bucketBySplitting(date), "\(period) \(date)") }
        }
    }
}

@Suite struct FixedTests {
    @Test(arguments: [(0.0, "0.0000"), (-0.00001, "0.0000"), (1.23456, "1.2346"), (-2.5, "-2.5000"), (12.0, "12.0000")])
    func format(x: Double, s: String) { #expect(Fixed.format(x) == s) }

    @Test(arguments: [
        (0.0, 1, "0.0"), (-0.04, 1, "0.0"), (-0.05, 1, "-0.1"), (9.96, 1, "10.0"), (0.005, 2, "0.01"), (1e12, 2, "1000000000000.00"),
        (-7.0, 0, "-7"), (.nan, 4, "0.0000"), (.infinity, 2, "0.00"), (0.0001, 4, "0.0001"), (-123.45678, 4, "-123.4568"),
    ])
    func formatWithDigits(x: Double, digits: Int, s: String) { #expect(Fixed.format(x, digits: digits) == s) }

    /// The format as first written (integer part by division by 10^digits, then the remainder's digits), kept as
    /// the reference for the one-pass writer.
    static func reference(_ x: Double, digits: Int) -> String {
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        var scaled = (x * p).rounded()
        if !scaled.isFinite || abs(scaled) >= 1.8e19 { scaled = 0 }
        let magnitude = UInt64(abs(scaled))
        let unit = UInt64(p)
        var text = (scaled < 0 ? "-" : "") + String(magnitude / unit)
        guard digits > 0 else { return text }
        let frac = String(magnitude % unit)
        text += "." + String(repeating: "0", count: digits - frac.count) + frac
        return text
    }

    @Test func oneWriterAgreesWithTheReference() {
        var rng = SplitMix64(seed: 7)
        var values: [Double] = [0, -0.0, 0.5, -0.5, 1.5, 2.5, 1e18, -1e18, 1.79e19, 1.81e19, .nan, .infinity, -.infinity,
                                Double.leastNonzeroMagnitude, 0.049999, 0.05, 123456789.123456789]
        for _ in 0..<20_000 {
            let bits = rng.next()
            let magnitude = Double(bits >> 11) / Double(1 << 53) * pow(10, Double(Int(bits % 23) - 6))
            values.append(bits & 1 == 0 ? magnitude : -magnitude)
        }
        for x in values {
            for digits in 0...9 {
                #expect(Fixed.format(x, digits: digits) == Self.reference(x, digits: digits), "\(x) \(digits)")
            }
        }
    }

    @Test(arguments: [0, 7, 9, 10, 99, 100, 1234567890, 9_999_999_999_999_999_999, 10_000_000_000_000_000_000, UInt64.max])
    func digits(n: UInt64) {
        let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Fixed.maxBytes) { buffer in
            buffer[0] = UInt8(ascii: "x")
            return String(decoding: buffer[..<Fixed.writeDigits(n, into: buffer, at: 1)], as: UTF8.self)
        }
        #expect(text == "x\(n)")
    }
}

/// Merging the summaries of parts equals the summary of the whole, whatever the split.
@Suite struct MergeProperty {
    func analysis(_ k: Int) -> ArticleAnalysis {
        let actors = ["USA", "RUS", "UKR", "CHN", "NATO"]
        let date = "2022-0\(1 + k % 3)-1\(k % 9)"
        let mentions = (0..<(k % 4 + 1)).map { m in
            Mention(sentence: m % 2, start: m, end: m + 1, text: "x", entity: actors[(k + m) % 5], type: .country,
                    actor: actors[(k + m) % 5], tone: Double(m) / 7)
        }
        let stances = (0..<(k % 3)).map { s in
            Stance(sentence: 0, sourceEntity: actors[k % 5], sourceActor: actors[k % 5], targetEntity: actors[(k + s + 1) % 5],
                   targetActor: actors[(k + s + 1) % 5], root: CameoRoot(1 + (k * 7 + s) % 20)!,
                   modality: s == 1 ? .negated : .asserted, cue: "c", evidence: "e")
        }
        let sentences = [SentenceTone(index: 0, start: 0, end: 1, tone: Double(k % 11) / 10 - 0.5, cues: []),
                         SentenceTone(index: 1, start: 1, end: 2, tone: 1.0 / Double(k + 3), cues: [])]
        return ArticleAnalysis(article: Article(id: "a\(k)", date: date, source: "S\(k % 3)", text: "text \(k)"), tokens: k,
                               sentences: sentences, mentions: mentions, stances: stances, tone: Double(k % 5) / 9,
                               positive: 1, negative: 2)
    }

    @Test(arguments: [1, 2, 3, 7, 42])
    func randomSplitsMergeToTheWhole(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let all = (0..<60).map(analysis)
        var whole = Aggregate()
        for a in all { whole.add(a, period: .week) }
        var parts = [Aggregate](repeating: Aggregate(), count: Int(rng.next() % 5) + 2)
        for a in all.shuffled(using: &rng) { parts[Int(rng.next() % UInt64(parts.count))].add(a, period: .week) }
        var merged = Aggregate()
        for part in parts.shuffled(using: &rng) { merged.merge(part) }
        #expect(merged == whole)
    }

    @Test func pairsCountAssertedStancesOnly() {
        var aggregate = Aggregate()
        let stance = Stance(sentence: 0, sourceEntity: "USA", sourceActor: "USA", targetEntity: "RUS", targetActor: "RUS",
                            root: CameoRoot(13)!, modality: .asserted, cue: "warned", evidence: "")
        var negated = stance
        negated.modality = .negated
        let a = ArticleAnalysis(article: Article(id: "1", date: "2022", text: "t"), tokens: 1,
                                sentences: [SentenceTone(index: 0, start: 0, end: 1, tone: -0.5, cues: [])],
                                mentions: [], stances: [stance, negated], tone: 0, positive: 0, negative: 0)
        aggregate.add(a, period: .year)
        let pair = aggregate.pairs[PairKey("USA", "RUS")]
        #expect(pair?.stances == 1)
        #expect(pair?.conflictual == 1)
        #expect(pair?.goldsteinSum == -6)
        #expect(pair?.topStance == CameoRoot(13))
    }

    /// An article's summary lists each entity, pair and trend key once, with its counts over the whole article:
    /// mentions, the tone of the distinct sentences behind them, and asserted stances only.
    @Test func aSummaryCountsEachKeyOnce() {
        let usa = { (sentence: Int) in
            Mention(sentence: sentence, start: 0, end: 1, text: "x", entity: "joe_biden", type: .person, actor: "USA")
        }
        var warned = Stance(sentence: 1, sourceEntity: "joe_biden", sourceActor: "USA", targetEntity: "RUS", targetActor: "RUS",
                            root: CameoRoot(13)!, modality: .asserted, cue: "warned", evidence: "")
        var negated = warned
        negated.modality = .negated
        let twice = warned
        warned.sentence = 0
        let sentences = [SentenceTone(index: 0, start: 0, end: 1, tone: -0.5, cues: []),
                         SentenceTone(index: 1, start: 1, end: 2, tone: 0.25, cues: [])]
        let analysis = ArticleAnalysis(
            article: Article(id: "1", date: "2022-02-24", source: "wire", text: "t"), tokens: 9, sentences: sentences,
            mentions: [usa(0), usa(0), usa(1), Mention(sentence: 1, start: 2, end: 3, text: "y", entity: "RUS", type: .country, actor: "RUS")],
            stances: [warned, twice, negated], tone: 0, positive: 0, negative: 0)
        let summary = ArticleSummary(analysis, period: .month)
        #expect(summary.entities.map(\.key) == ["joe_biden", "RUS"])
        let biden = summary.entities[0].value
        #expect(biden.mentions == 3 && biden.articles == 1 && biden.toneCount == 2)
        #expect(biden.toneSum == Fixed.from(-0.5) + Fixed.from(0.25))
        #expect(biden.type == .person && biden.actor == "USA")
        #expect(summary.pairs.map(\.key) == [PairKey("USA", "RUS")] && summary.pairs[0].value.stances == 2)
        #expect(summary.trends.map { "\($0.key.kind) \($0.key.key)" } == ["entity joe_biden", "entity RUS", "pair USA->RUS", "source wire"])
        #expect(summary.trends.allSatisfy { $0.key.period == "2022-02" })
        let pairTrend = summary.trends[2].value
        #expect(pairTrend.stances == 2 && pairTrend.toneCount == 2)
        #expect(summary.trends[0].value.stances == 2 && summary.trends[1].value.stances == 2)
        var aggregate = Aggregate()
        aggregate.add(summary)
        #expect(aggregate == Aggregate(analysis, period: .month))
        #expect(aggregate.articles == 1 && aggregate.mentions == 4 && aggregate.stances == 3)
    }
}
