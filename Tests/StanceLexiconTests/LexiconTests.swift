import Testing
@testable import StanceLexicon
import StanceModel

/// The bundled data itself: sorted, unique, in range, consistent.
@Suite struct LexiconDataTests {
    static let lexicon: Lexicon = try! Lexicon.load()

    @Test(arguments: LexiconValidator.keyed)
    func keysAreSortedAndUnique(file: String) throws {
        let text = try #require(Self.lexicon.sources[file], "\(file) is not bundled")
        #expect(LexiconValidator.sortedAndUnique(name: file, text: text) == [])
    }

    @Test func theWholeDataValidates() {
        #expect(LexiconValidator.problems(Self.lexicon) == [])
    }

    @Test func cueValencesAreInRangeAndNonZero() {
        #expect(Self.lexicon.cues.count >= 3000)
        for cue in Self.lexicon.cues {
            #expect(cue.valence >= -4 && cue.valence <= 4 && cue.valence != 0, "\(cue.cue)")
            #expect(cue.cue == cue.cue.lowercased(), "\(cue.cue) is not lower case")
        }
    }

    @Test func everyStateHasAThreeLetterCode() {
        let states = Self.lexicon.entities.filter { $0.type == .country }
        #expect(states.count >= 195)
        for state in states { #expect(state.id.utf8.count == 3 && state.id == state.id.uppercased(), "\(state.id)") }
    }

    @Test func personsHaveDatedRoles() {
        #expect(Self.lexicon.persons.count >= 400)
        for person in Self.lexicon.persons { #expect(!person.roles.isEmpty, "\(person.id) has no role") }
    }

    @Test func noTextFileHasTrailingSpacesOrCarriageReturns() {
        for (name, text) in Self.lexicon.sources {
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                #expect(!line.hasSuffix(" ") && !line.contains("\r"), "\(name):\(n + 1)")
            }
        }
    }
}

/// The validator catches what it is for (a check that cannot fail would be a defect).
@Suite struct LexiconValidatorTests {
    func texts(countries: String, organizations: String = "id\tactor\tkind\tnames\n") -> [String: String] {
        var texts: [String: String] = [:]
        for name in Lexicon.fileNames { texts[name] = LexiconDataTests.lexicon.sources[name] }
        texts["countries.tsv"] = countries
        texts["organizations.tsv"] = organizations
        texts["places.tsv"] = "id\tactor\tnames\n"
        texts["persons.tsv"] = "id\tname\tvariants\troles\n"
        texts["offices.tsv"] = "alias\tactor\trole\n"
        return texts
    }

    @Test func aDuplicateAliasIsReported() throws {
        var lexicon = try Lexicon.parse(texts(
            countries: "code\tkind\tnames\tdemonyms\tcapitals\tseats\nGEO\tmember\tGeorgia\t\t\t\nUSA\tmember\tUnited States\t\t\t\n",
            organizations: "id\tactor\tkind\tnames\nga_state\tUSA\tbody\tGeorgia\n"))
        lexicon.sources = [:]
        #expect(LexiconValidator.aliasClashes(lexicon) == ["alias 'Georgia' is claimed by 'GEO' and 'ga_state'"])
    }

    @Test func anArmedGroupStateIsReadAndChecked() throws {
        let countries = "code\tkind\tnames\tdemonyms\tcapitals\tseats\nPER\tmember\tPeru\t\t\t\n"
        var lexicon = try Lexicon.parse(texts(
            countries: countries,
            organizations: "id\tactor\tkind\tnames\tstate\nSHININGPATH\tSHININGPATH\tarmed_group\tShining Path\tPER\nXG\tXG\tarmed_group\tX Group\tXXX\n"))
        #expect(lexicon.entities.first { $0.id == "SHININGPATH" }?.state == "PER")
        lexicon.sources = [:]
        #expect(LexiconValidator.actorCodes(lexicon).contains("'XG' is coded under unknown state 'XXX'"))
        // Only an armed group is coded under a state.
        #expect(throws: LexiconError.self) {
            try Lexicon.parse(texts(
                countries: countries, organizations: "id\tactor\tkind\tnames\tstate\nUN\tUN\tigo\tUnited Nations\tPER\n"))
        }
    }

    @Test func unsortedAndDuplicateKeysAreReported() {
        #expect(LexiconValidator.sortedAndUnique(name: "x.tsv", text: "k\tv\nb\t1\na\t2\na\t3\n") == [
            "x.tsv:3: 'a' is out of order (after 'b')", "x.tsv:4: duplicate key 'a'",
        ])
    }

    @Test func aValenceOutOfRangeIsAnError() {
        var t = texts(countries: "code\tkind\tnames\tdemonyms\tcapitals\tseats\n")
        t["cues.tsv"] = "cue\tvalence\tnote\nawful\t-5\t\n"
        #expect(throws: LexiconError(file: "cues.tsv", line: 2, reason: "valence '-5' is not a non-zero number in [-4, 4]")) {
            try Lexicon.parse(t)
        }
    }

    @Test func roleSpansCoverDatesAtAnyPrecision() {
        let span = RoleSpan(actor: "USA", role: "president", from: "2021-01-20", to: "2025-01-20")
        #expect(span.covers("2022-02-24"))
        #expect(span.covers("2021"))
        #expect(span.covers("2021-01"))
        #expect(!span.covers("2020-12-31"))
        #expect(!span.covers("2025-02"))
        #expect(!span.covers(""))
        #expect(RoleSpan(actor: "RUS", role: "president", from: "2012", to: "").covers("2024-05-01"))
        // A year-precise end covers every day of that year, and no later one; a date before the start never counts.
        let years = RoleSpan(actor: "DEU", role: "chancellor", from: "2005", to: "2021")
        #expect(years.covers("2021-12-31"))
        #expect(years.covers("2005-01-01"))
        #expect(!years.covers("2022-01-01"))
        #expect(!years.covers("2004-12-31"))
        #expect(!RoleSpan(actor: "RUS", role: "president", from: "2012-05-07", to: "").covers("2012-05-06"))
        #expect(RoleSpan(actor: "RUS", role: "president", from: "2012-05-07", to: "").covers("2012-05"))
    }

    /// `covers` agrees with the string comparison it replaced on any text, raw `--date` values and data dates
    /// that were never normalised included (its reference kept here).
    @Test func coversAgreesWithTheStringComparison() {
        func reference(_ span: RoleSpan, _ date: String) -> Bool {
            guard !date.isEmpty else { return false }
            let end = span.to.isEmpty ? "9999" : span.to
            func cut(_ a: String, _ b: String) -> (String, String) {
                let n = min(a.count, b.count)
                return (String(a.prefix(n)), String(b.prefix(n)))
            }
            let (d1, s) = cut(date, span.from)
            let (d2, e) = cut(date, end)
            return d1 >= s && d2 <= e
        }
        let pieces = ["1", "9", "2", "0", "-", "0", "2", "T", " ", "é", "e\u{301}", "\r\n", "\r", "a", "Z", "~", "\u{7F}", "\t"]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        func text() -> String {
            if next(3) == 0 { return ["2021", "2021-01", "2021-01-20", "1999-12-31", "2024-02-29", ""][next(6)] }
            return (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
        }
        var differences: [String] = []
        for _ in 0..<30_000 {
            let span = RoleSpan(actor: "X", role: "r", from: text(), to: next(4) == 0 ? "" : text())
            let date = text()
            if span.covers(date) != reference(span, date) {
                differences.append("\(Array(span.from.utf8)) \(Array(span.to.utf8)) \(Array(date.utf8))")
            }
        }
        #expect(differences.count == 0, "\(differences.prefix(5))")
    }
}

/// The byte split the data files are read with agrees with the standard split wherever a separator stands alone.
@Suite struct FieldSplitTests {
    @Test(arguments: ["", "|", "a", "a|b", "|a||b|", "Côte d'Ivoire|Ivory Coast", "kill+|slay+", "||", " a | b ", "Ελλάδα|Греция|日本"])
    func fieldsMatchTheStandardSplit(text: String) {
        let separator = UInt8(ascii: "|")
        #expect(text.fields(separatedBy: separator) == text.split(separator: "|").map(String.init))
        #expect(
            text.fields(separatedBy: separator, omittingEmpty: false)
                == text.split(separator: "|", omittingEmptySubsequences: false).map(String.init))
    }

    @Test func roleFieldsKeepAnEmptyEnd() {
        #expect("USA/president/2021-01-20/".fields(separatedBy: UInt8(ascii: "/"), omittingEmpty: false) == ["USA", "president", "2021-01-20", ""])
    }
}
