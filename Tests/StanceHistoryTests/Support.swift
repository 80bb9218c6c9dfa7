import Foundation
import StanceModel
import StanceAggregate

/// A fresh folder for one test's database, removed when `body` returns.
func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stancewatch-history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// A made-up analysis with every field set, varied by `k`: full and partial dates, an undated article,
/// non-ASCII text, tones that are not exact in decimal, and stances of every modality.
func analysis(_ k: Int, revision: Int = 0) -> ArticleAnalysis {
    let actors = ["USA", "RUS", "UKR", "CHN", "NATO"]
    let dates = ["2022-01-1\(k % 9)", "2022-02-2\(k % 8)", "2022-02", "2022", "", "2021-12-31", "2022-03-0\(1 + k % 9)"]
    let date = dates[k % dates.count]
    let text = "Texte \(k) — “Kyiv” and Moscow 🇺🇦 revision \(revision)."
    let mentions: [Mention] = (0..<(k % 4 + 1)).map { (m: Int) -> Mention in
        let actor: String = actors[(k + m) % 5]
        let type: EntityType = m == 2 ? .org : .country
        let tone: Double = Double(m) / 7 - 0.1
        return Mention(sentence: m % 2, start: m, end: m + 3, text: "Kyiv", entity: actor, type: type, actor: actor, tone: tone)
    }
    let stances: [Stance] = (0..<(k % 3)).map { (s: Int) -> Stance in
        let source: String = actors[k % 5]
        let target: String = actors[(k + s + 1) % 5]
        let root: CameoRoot = CameoRoot(1 + (k * 7 + s) % 20)!
        let modality: Modality = Modality.allCases[(k + s) % 4]
        return Stance(
            sentence: s % 2, sourceEntity: source, sourceActor: source, targetEntity: target, targetActor: target,
            root: root, modality: modality, cue: "warned", evidence: "Sentence \(s) of article \(k).")
    }
    let firstTone: Double = Double(k % 11) / 10 - 0.5
    let secondTone: Double = 1.0 / Double(k + 3 + revision)
    let sentences: [SentenceTone] = [
        SentenceTone(index: 0, start: 0, end: 10, tone: firstTone, cues: [Cue(text: "warn", score: -1.0 / 3)]),
        SentenceTone(index: 1, start: 11, end: 20, tone: secondTone, cues: []),
    ]
    let tone: Double = 0.1 + 0.2 * Double(k % 5)
    return ArticleAnalysis(
        article: Article(id: "a\(k)", date: date, source: "S\(k % 3)", title: "Title \(k)", text: text),
        tokens: 10 + k, sentences: sentences, mentions: mentions, stances: stances, tone: tone,
        positive: 100.0 / 3, negative: Double(k) / 9)
}


struct InjectedFault: Error {}
