/// The closed-class words the rules look at (articles, prepositions, auxiliaries, pronouns, speech verbs).
///
/// These are grammar, not lexicon: they define how the rules read a clause and change only with the rules,
/// so they live beside the rules rather than in a data file.
struct Grammar: Sendable {
    let possessive: WordSet
    let determiners: WordSet
    let and: WordSet
    let by: Int32
    let should: Int32
    let of: Int32
    /// Prepositions that introduce the target of an act.
    let targetPrepositions: WordSet
    /// Prepositions after which a name is not the subject of the clause.
    let prepositions: WordSet
    let beForms: WordSet
    let haveForms: WordSet
    let auxiliaries: WordSet
    let modals: WordSet
    let negators: WordSet
    let conditions: WordSet
    let pronouns: WordSet
    let pluralPronouns: WordSet
    let relativeWords: WordSet
    let clauseBreakers: WordSet
    let nameConnectors: WordSet
    let bothLeaders: WordSet
    /// Words after a negator that cancel the negation ("not only", "no doubt").
    let notNegating: WordSet
    /// Verbs that frame reported speech: the name next to them is the speaker.
    let speechVerbs: WordSet
    let personPronouns: WordSet
    /// Words that open a subordinate or relative clause: a target is not looked for beyond them.
    let subordinators: WordSet
    /// Future and intent markers in a verb group.
    let future: WordSet
    let infinitive: Int32
    let relativePronouns: WordSet
    let objectPronouns: WordSet
    let that: Int32
    let articles: WordSet
    let possessiveDeterminers: WordSet
    let according: Int32
    let inWord: Int32
    /// Nouns for bodies that act ("forces in Guinea", "the government of Chad"): the name after them is the actor.
    let agentNouns: WordSet
    /// Support verbs whose object noun names the subject's act ("launched an offensive", "imposed a ban").
    let supportVerbs: WordSet
    /// Obligation in a reported clause ("X said Y must ..."): a demand on Y.
    let obligation: WordSet
    let thingPronouns: WordSet
    /// Verbs that report what someone says or thinks, for the tone toward the speaker (a wider set than
    /// `speechVerbs`, which the stance coder also reads as acts of their own).
    let reportingVerbs: WordSet
    /// Reporting verbs whose object is the one spoken to, not the speaker ("told Smith").
    let addresseeVerbs: WordSet
    /// Subject pronouns by which a speaker reports on themself ("Smith said he ...").
    let selfReference: WordSet
    /// Words for a death. No one does them, so the stance patterns do not list them; the person who dies is
    /// not judged by them.
    let deathWords: WordSet
    /// Nouns for parts of a state after its demonym ("Serbian authorities", "Croatian extremists"): targets of a
    /// domestic act of that state (its means, "Russian troops", and its land are not).
    let domesticParts: WordSet
    /// Conjunctions that open an adverbial clause with its own subject ("as the opposition threatened").
    let adverbialSubordinators: WordSet
    /// Prepositions of the place where an act happens ("in Hebron", "across Greece").
    let placePrepositions: WordSet

    init(vocabulary v: inout Vocabulary) {
        func set(_ words: String) -> WordSet { WordSet(words.fields(separatedBy: UInt8(ascii: " ")).map { v.intern($0) }) }
        possessive = set("'s ’s ' ’")
        determiners = set("the a an its their his her this that these those")
        and = set("and &")
        by = v.intern("by")
        should = v.intern("should")
        of = v.intern("of")
        targetPrepositions = set("with against on to toward towards for at over upon into")
        prepositions = set(
            "with against on to toward towards for at over upon into of in from near by about between among across after before during under through within without")
        beForms = set("is are was were be been being 's")
        haveForms = set("has have had having")
        auxiliaries = set("has have had will would shall should can could may might must do does did is are was were be been being also not n't never")
        modals = set("could might may would should can")
        negators = set("not n't never no neither nor without")
        conditions = set("if unless whether should")
        pronouns = set("it he she they its his her their him them who which")
        pluralPronouns = set("they them their both")
        relativeWords = set("who which whom whose where when while whereas because although though since")
        clauseBreakers = set("; : — – but however while whereas although though because since")
        nameConnectors = set("of for and the de del della des du la le van von der den al el bin ibn da dos das y")
        bothLeaders = set("two both")
        notNegating = set("only doubt")
        speechVerbs = set("said says say told tells stated states added adds announced announces explained explains noted notes declared declares wrote writes according")
        personPronouns = set("he she his her him")
        subordinators = set("after before when while since because although though unless until whereas whether if that which who whom whose where as")
        future = set("will would shall 'll ’ll")
        infinitive = v.intern("to")
        relativePronouns = set("which who that whom")
        objectPronouns = set("him her them")
        that = v.intern("that")
        articles = set("the a an")
        possessiveDeterminers = set("its their his her our")
        according = v.intern("according")
        inWord = v.intern("in")
        agentNouns = set(
            "forces troops police army military authorities government officials rebels militants guerrillas soldiers security president leader leaders ministers minister parliament court navy regime junta militia militias")
        supportVerbs = set(
            "launch launches launched launching carry carries carried carrying conduct conducts conducted conducting stage stages staged staging hold holds held holding begin begins began begun beginning start starts started starting announce announces announced announcing order orders ordered ordering impose imposes imposed imposing make makes made making issue issues issued issuing mount mounts mounted mounting continue continues continued continuing resume resumes resumed resuming declare declares declared declaring wage wages waged waging give gives gave given giving offer offers offered offering send sends sent sending provide provides provided providing express expresses expressed expressing voice voices voiced voicing lodge lodges lodged lodging file files filed filing call calls called calling intensify intensifies intensified step stepped escalate escalated open opens opened opening complete completes completed completing agree agrees agreed sign signs signed signing reach reaches reached reaching pledge pledges pledged pledging promise promises promised")
        obligation = set("must should")
        thingPronouns = set("it its they their them")
        reportingVerbs = set(
            "said says say saying told tells telling stated states added adds announced announces explained explains noted notes declared declares wrote writes argued argues claimed claims insisted insists suggested suggests asked asks replied replies responded responds remarked remarks tweeted tweets acknowledged acknowledges conceded concedes contended contends recalled recalls testified testifies predicted predicts indicated indicates observed observes commented comments reported reports countered counters")
        addresseeVerbs = set("told tells telling asked asks")
        selfReference = set("he she i")
        deathWords = set("die dies died dying death deaths dead")
        domesticParts = set(
            "authorities government opposition parliament court courts judiciary police rebels separatists extremists nationalists militants insurgents dissidents activists protesters demonstrators students workers farmers unions union teachers journalists citizens civilians nationals people population minority minorities community communities refugees prisoners detainees villagers residents opponents politicians parties party leaders")
        placePrepositions = set("in inside near around across throughout within at")
        adverbialSubordinators = set("as while after before because since when although though whereas until unless if")
    }
}
