import ArgumentParser

struct Stancewatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancewatch",
        abstract: "Entity mentions, sentiment and diplomatic stances from news corpora, as CSV and a Markdown report.",
        discussion: """
            Exit codes: 0 all records used; 1 finished, but some records were rejected (see rejects.csv);
            2 usage or I/O error (nothing written); 130 / 143 stopped by SIGINT / SIGTERM (nothing written).
            """,
        version: "0.1.0",
        subcommands: [AnalyzeCommand.self, CompareCommand.self, ReportCommand.self, HistoryCommand.self, ExplainCommand.self, ActorsCommand.self, ExtractCommand.self, MergeCommand.self],
        defaultSubcommand: AnalyzeCommand.self
    )
}
