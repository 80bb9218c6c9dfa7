import Testing
import StanceModel

/// Table-driven cases for entity matching: alias forms, possessives, abbreviations, roles by date, surnames.
@Suite struct EntityTests {
    @Test(arguments: [
        ("Joe Biden spoke.", "Joe Biden:joe_biden:PERSON:USA"),
        ("President Biden spoke.", "Biden:joe_biden:PERSON:USA"),
        ("The Kremlin said no.", "Kremlin:kremlin:ORG:RUS"),
        ("Officials in Moscow said no.", "Moscow:moscow:LOCATION:RUS"),
        ("He flew to Kyiv.", "Kyiv:kyiv:LOCATION:UKR"),
        ("He flew to Kiev.", "Kiev:kyiv:LOCATION:UKR"),
        ("The Atlantic Alliance met.", "Atlantic Alliance:NATO:ORG:NATO"),
        ("The NATO-Russia Council met.", "NATO-Russia Council:nato_russia_council:ORG:NATO"),
        ("Ukraine's army held.", "Ukraine:UKR:COUNTRY:UKR"),
        ("Ukraine’s army held.", "Ukraine:UKR:COUNTRY:UKR"),
        ("The U.S. warned.", "U.S.:USA:COUNTRY:USA"),
        ("The U.N. voted.", "U.N.:UN:ORG:UN"),
        ("Russian troops massed.", "Russian:RUS:GROUP:RUS"),
        ("Washington was firm.", "Washington:washington:LOCATION:USA"),
        ("The White House said so.", "White House:white_house:ORG:USA"),
        ("Fighting in Crimea went on.", "Crimea:crimea:LOCATION:UKR"),
    ])
    func aliases(text: String, expected: String) {
        #expect(Core.mentions(text).contains(expected), "\(Core.mentions(text))")
    }

    @Test func allCapsHeadlines() {
        #expect(Core.mentions("RUSSIA WARNS UKRAINE OVER BORDER").contains("RUSSIA:RUS:COUNTRY:RUS"))
    }

    @Test func hyphenatedAdjectives() {
        let found = Core.mentions("Pro-Russian and Russia-backed separatists fought.")
        #expect(found.contains("Russian:RUS:GROUP:RUS"))
        #expect(found.contains("Russia:RUS:COUNTRY:RUS"))
    }

    @Test func roleByDate() {
        #expect(Core.mentions("The U.S. president spoke.", date: "2022-03-01").contains("president:joe_biden:PERSON:USA"))
        #expect(Core.mentions("The U.S. president spoke.", date: "2018-03-01").contains("president:donald_trump:PERSON:USA"))
        #expect(Core.mentions("Biden visited Kyiv.", date: "2015-06-01").contains("Biden:joe_biden:PERSON:USA"))
    }

    @Test func handleForAnOffice() {
        #expect(Core.mentions("He thanked @POTUS for the call.", date: "2021-12-08").contains("@POTUS:joe_biden:PERSON:USA"))
    }

    @Test func titleGivesTheActorOfAnUnknownPerson() {
        let found = Core.mentions("Russian Foreign Ministry spokeswoman Ivana Petrovna said no.")
        #expect(found.contains { $0.hasPrefix("Ivana Petrovna:ivana_petrovna:PERSON") })
    }

    @Test func surnameFollowsTheFullName() {
        let found = Core.mentions("Analyst Marta Kowalczyk of the institute spoke. Kowalczyk said talks would fail.")
        #expect(found.contains("Marta Kowalczyk:marta_kowalczyk:PERSON:"))
        #expect(found.contains("Kowalczyk:marta_kowalczyk:PERSON:"))
    }

    @Test func unknownOrganisationsAndCommonWords() {
        let found = Core.mentions("Officials at the Ministry of Energy met on Monday.")
        #expect(found.contains { $0.hasPrefix("Ministry of Energy:ministry_of_energy:ORG") })
        #expect(!found.contains { $0.hasPrefix("Officials") || $0.hasPrefix("Monday") })
    }

    @Test func ambiguousNames() {
        #expect(!Core.mentions("Michael Jordan played.").contains { $0.contains(":JOR:") })
        #expect(Core.mentions("Jordan closed its border.").contains("Jordan:JOR:COUNTRY:JOR"))
        #expect(!Core.mentions("They ate turkey.").contains { $0.contains("TUR") })
        #expect(Core.mentions("Turkey closed its border.").contains("Turkey:TUR:COUNTRY:TUR"))
    }

    @Test func offsetsAreUnicodeScalars() {
        // `Core.mentions` checks text[start:end] == surface for every mention.
        #expect(Core.mentions("“Zelenskyy’s” talk with Erdoğan in São Tomé").count >= 2)
    }
}
