/// A sentiment cue found in a sentence, with the score it contributed after the rules applied.
public struct Cue: Sendable, Equatable, Codable {
    public var text: String
    public var score: Double

    public init(text: String, score: Double) {
        self.text = text
        self.score = score
    }
}

/// Tone and cues of one sentence (a row of `sentences.csv`).
public struct SentenceTone: Sendable, Equatable, Codable {
    public var index: Int
    /// Offsets in Unicode scalars into the article's text, end exclusive.
    public var start: Int
    public var end: Int
    /// In [-1, 1].
    public var tone: Double
    public var cues: [Cue]

    public init(index: Int, start: Int, end: Int, tone: Double, cues: [Cue]) {
        self.index = index
        self.start = start
        self.end = end
        self.tone = tone
        self.cues = cues
    }
}

/// Everything extracted from one article.
public struct ArticleAnalysis: Sendable, Equatable, Codable {
    public var article: Article
    public var tokens: Int
    public var sentences: [SentenceTone]
    public var mentions: [Mention]
    public var stances: [Stance]
    /// Article tone in [-1, 1].
    public var tone: Double
    /// Percent of word tokens that are positive / negative cues (0-100).
    public var positive: Double
    public var negative: Double

    public init(
        article: Article, tokens: Int, sentences: [SentenceTone], mentions: [Mention], stances: [Stance],
        tone: Double, positive: Double, negative: Double
    ) {
        self.article = article
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        self.stances = stances
        self.tone = tone
        self.positive = positive
        self.negative = negative
    }

    public var polarity: Double { positive + negative }
}
