import ArgumentParser
import Foundation
import Logging
import StanceCore
import StanceLexicon

/// Options shared by every command that loads the data.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: "Folder with replacement data files (same names as the bundled ones).")
    var lexiconDirectory: String?

    func loadLexicon() throws -> Lexicon {
        do {
            return try Lexicon.load(directory: lexiconDirectory.map { URL(fileURLWithPath: $0) })
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
