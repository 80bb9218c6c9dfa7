import Testing
import StanceModel

/// Table-driven stance cases, one sentence (written for these tests) per root and per role rule: each expected
/// `SOURCE>TARGET:ROOT:modality` must be among the coded stances.
@Suite struct StanceTests {
    func stances(_ text: String) -> [String] {
        Core.analyze(text, date: "2022-03-01").stances.map {
            "\($0.sourceActor)>\($0.targetActor):\($0.root.string):\($0.modality.rawValue)"
        }
    }

    @Test(arguments: [
        ("Kenya urged both sides to return to talks.", "KEN>:02:asserted"),
        ("Tokyo pledged to help Manila rebuild the port.", "JPN>PHL:03:asserted"),
        ("Ottawa reaffirmed its support for Kyiv.", "CAN>UKR:05:asserted"),
        ("Berlin sent air-defence systems to Ukraine.", "DEU>UKR:07:asserted"),
        ("Beijing demanded that Manila withdraw its ship.", "CHN>PHL:10:asserted"),
        ("The European Union condemned the annexation by Russia.", "EU>RUS:11:asserted"),
        ("Poland accused Belarus of provoking the crisis.", "POL>BLR:11:asserted"),
        ("Washington warned Moscow of severe costs.", "USA>RUS:13:asserted"),
        ("London expelled two Russian diplomats.", "GBR>RUS:16:asserted"),
        ("Israel struck Hamas targets in Gaza.", "ISR>HAMAS:18:asserted"),
        ("Russian forces invaded Ukraine.", "RUS>UKR:19:asserted"),
        ("Seoul voiced concern over Pyongyang's missile tests.", "KOR>PRK:11:asserted"),
    ])
    func roots(text: String, expected: String) {
        #expect(stances(text).contains(expected), "\(stances(text))")
    }

    @Test(arguments: [
        // passive voice: the by-phrase is the source
        ("Crimea was annexed by Russia.", "RUS>UKR:19:asserted"),
        // coordination: a meeting goes both ways
        ("India and Pakistan held talks on Kashmir.", "IND>PAK:04:asserted"),
        ("India and Pakistan held talks on Kashmir.", "PAK>IND:04:asserted"),
        ("The foreign ministers of France and Germany met in Paris.", "FRA>DEU:04:asserted"),
        // a statement by two named people with no object is a conversation
        ("Biden and Putin spoke by phone.", "USA>RUS:04:asserted"),
        // speaker after a quote
        ("“We will defend Kyiv,” the White House said.", "USA>UKR:03:asserted"),
        // a conditional threat: the threat is asserted, the invasion only conditional
        ("The United States will respond decisively if Russia invades Ukraine.", "USA>RUS:13:asserted"),
        ("The United States will respond decisively if Russia invades Ukraine.", "RUS>UKR:19:conditional"),
        // negation and speculation
        ("Russia did not threaten Ukraine.", "RUS>UKR:13:negated"),
        ("Russia could invade Ukraine.", "RUS>UKR:19:hypothetical"),
        // a refusal: the refusal is asserted, the meeting negated
        ("Turkey refused to meet Greek officials.", "TUR>GRC:12:asserted"),
        ("Turkey refused to meet Greek officials.", "TUR>GRC:04:negated"),
        // an object pronoun stands for the person named before
        ("In his call with Putin, Biden warned him of sanctions.", "USA>RUS:13:asserted"),
        // a nominal event with its possessor
        ("Washington's support for Kyiv was firm.", "USA>UKR:05:asserted"),
    ])
    func roles(text: String, expected: String) {
        #expect(stances(text).contains(expected), "\(stances(text))")
    }

    @Test func venuesAndSameStateAreNotTargets() {
        #expect(!stances("The leaders met in Geneva.").contains { $0.contains(":04:") })
        #expect(!stances("Russia proposed guarantees for Russia.").contains { $0.hasPrefix("RUS>RUS") })
    }

    @Test func cueAndEvidenceAreFilled() {
        let stance = Core.analyze("Washington warned Moscow of severe costs.").stances.first
        #expect(stance?.cue == "warned")
        #expect(stance?.evidence == "Washington warned Moscow of severe costs.")
    }
}
