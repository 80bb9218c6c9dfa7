import ArgumentParser
import Foundation
import Logging
import StanceAggregate
import StanceCore
import StanceLexicon

extension UserLexicon.Mode: ExpressibleByArgument {}

/// What the aggregates and `report.md` show: shared by `analyze`, `merge` and `report`.
struct ReportOptions: ParsableArguments {
    @Option(help: "Trend period: day, week (ISO), month or year.")
    var period: Period = .month

    @Option(help: "Rows per table in report.md (the CSV files stay complete).")
    var top: Int = 15

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
    }

    /// Actor codes from `--actors` values: comma-separated, repeatable, blanks dropped.
    static func actorCodes(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Options shared by every command that loads the data.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: "Folder with replacement data files (same names as the bundled ones).")
    var lexiconDirectory: String?

    @Option(name: .customLong("lexicon"), help: "A sentiment lexicon in VADER (token, mean, sd, ratings) or AFINN (word, score) format.")
    var userLexicon: String?

    @Option(name: .customLong("lexicon-mode"), help: "extend: add to the built-in cues (the file wins); replace: use only the file.")
    var userLexiconMode: UserLexicon.Mode = .extend

    func loadLexicon(actorFiles: [String] = []) throws -> Lexicon {
        do {
            var lexicon = try Lexicon.load(directory: lexiconDirectory.map { URL(fileURLWithPath: $0) })
            for path in actorFiles {
                guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read the actor file \(path)") }
                try lexicon.addUserActors(text: String(decoding: data, as: UTF8.self), name: path)
            }
            if let path = userLexicon {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw CommandFailure("cannot read the lexicon \(path)")
                }
                let (cues, format) = try UserLexicon.parse(String(decoding: data, as: UTF8.self), name: path)
                let hash = String(data.withUnsafeBytes { fnv1a64($0) }, radix: 16)
                lexicon.apply(userCues: cues, mode: userLexiconMode, description: "\(path) (\(format), \(cues.count) cues, \(userLexiconMode.rawValue), fnv1a64 \(hash))")
                lexicon.fingerprints["user:" + path] = hash
            }
            return lexicon
        } catch let error as LexiconError {
            throw CommandFailure("data error: \(error.description)")
        }
    }
}

struct LogOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Only errors on standard error.")
    var quiet = false
    @Flag(name: .shortAndLong, help: "More detail on standard error.")
    var verbose = false

    func makeLogger() -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        var logger = Logger(label: "stancewatch")
        logger.logLevel = quiet ? .error : verbose ? .debug : .warning
        return logger
    }
}

/// A failure that ends the command with exit code 2 and a one-line message.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("stancewatch: \(message)\n".utf8))
    return ExitCode(2)
}
