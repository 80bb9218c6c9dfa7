import Testing
import StanceModel

/// One case per rule: each sentence's tone sign, or an ordering between two sentences.
@Suite struct SentimentTests {
    func tone(_ text: String) -> Double { Core.analyze(text).sentences.first?.tone ?? 0 }

    @Test(arguments: [
        ("The talks were a success.", 1),
        ("The talks were not a success.", -1),
        ("The attack killed twelve civilians.", -1),
        ("Kyiv welcomed the ceasefire.", 1),
        ("Moscow condemned the sanctions.", -1),
        ("There is no doubt the deal is a success.", 1),
        ("The summit was constructive, but the deal collapsed.", -1),
        ("The deal collapsed, but the summit was constructive.", 1),
        ("Although the deal collapsed, the summit was constructive.", 1),
        ("President Biden made clear that the United States and its allies and partners will respond decisively if Russia further invades Ukraine.", -1),
        ("Washington was also firm in its support for Kyiv.", 1),
    ])
    func signs(text: String, sign: Int) {
        let t = tone(text)
        #expect(sign > 0 ? t > 0.05 : t < -0.05, "tone \(t) for: \(text)")
    }

    @Test func intensifiersAndDampeners() {
        #expect(tone("The move was deeply worrying.") < tone("The move was worrying."))
        #expect(tone("The move was slightly worrying.") > tone("The move was worrying."))
    }

    @Test func hedgesAndQuestionsWeighLess() {
        #expect(abs(tone("The war may escalate.")) < abs(tone("The war will escalate.")))
        #expect(abs(tone("Will the war escalate?")) < abs(tone("The war will escalate.")))
    }

    @Test func allCapsIsNotShouting() {
        #expect(abs(tone("WAR ESCALATES") - tone("war escalates")) < 1e-9)
    }

    @Test func repeatedWordsAddUp() {
        #expect(tone("Bad, bad news.") < tone("Bad news."))
    }

    @Test func targetedToneFollowsTheClause() {
        let analysis = Core.analyze("Kyiv praised the aid, while Moscow condemned the sanctions.")
        let kyiv = analysis.mentions.first { $0.entity == "kyiv" }!
        let moscow = analysis.mentions.first { $0.entity == "moscow" }!
        #expect(kyiv.tone > 0)
        #expect(moscow.tone < 0)
    }

    @Test func cuesAreListed() {
        let cues = Core.analyze("The attack was condemned.").sentences[0].cues.map(\.text)
        #expect(cues.contains("attack"))
    }
}
