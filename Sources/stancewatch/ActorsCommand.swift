import ArgumentParser
import StanceCore
import StanceLexicon
import StanceModel

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Check the actor data, or show how a phrase resolves.",
        subcommands: [Check.self, Find.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate the data files (exit 0 when clean).")
        @Option(help: "A file of your own entities to check with the bundled data (repeatable).") var actors: [String] = []
        @OptionGroup var data: DataOptions

        func run() throws {
            let lexicon: Lexicon
            do { lexicon = try data.loadLexicon(actorFiles: actors) } catch { throw fail("\(error)") }
            let problems = LexiconValidator.problems(lexicon)
            for problem in problems { print(problem) }
            print("\(lexicon.entities.count) entity records, \(lexicon.persons.count) persons, \(lexicon.cues.count) cues, \(lexicon.patterns.count) stance patterns: \(problems.isEmpty ? "ok" : "\(problems.count) problem(s)")")
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the mentions found in a phrase.")
        @Argument var text: String
        @Option(help: "Article date (yyyy-mm-dd).") var date: String = ""
        @Option(help: "A file of your own entities to add (repeatable).") var actors: [String] = []
        @OptionGroup var data: DataOptions

        func run() throws {
            let lexicon: Lexicon
            do { lexicon = try data.loadLexicon(actorFiles: actors) } catch { throw fail("\(error)") }
            let analysis = Extractor(lexicon: lexicon).analyze(Article(id: "find", date: date, text: text))
            if analysis.mentions.isEmpty { print("no mention") }
            for m in analysis.mentions {
                print("\(m.start)-\(m.end)\t\(m.text)\t\(m.entity)\t\(m.type.rawValue)\t\(m.actor)")
            }
        }
    }
}
