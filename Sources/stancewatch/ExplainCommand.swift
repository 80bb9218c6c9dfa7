import ArgumentParser
import StanceCore
import StanceLexicon
import StanceModel

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how one sentence is read: tokens, mentions, cues, clauses and each stance with its pattern."
    )

    @Argument(help: "The sentence (or short text) to explain.")
    var text: String

    @Option(help: "Article date (yyyy-mm-dd) for offices that depend on it.")
    var date: String = ""

    @OptionGroup var data: DataOptions

    func run() throws {
        let lexicon: Lexicon
        do { lexicon = try data.loadLexicon() } catch { throw fail("\(error)") }
        let extractor = Extractor(lexicon: lexicon)
        print(extractor.explain(Article(id: "explain", date: date, text: text)))
    }
}
