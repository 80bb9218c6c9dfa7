import ArgumentParser

#if canImport(Glibc)
    import Glibc
#endif

// Usage errors exit with 2, as the README and `--help` document (ArgumentParser's own default is 64).
import StancePipeline

StopSignal.ignoreBrokenPipe()
do {
    var command = try Stancewatch.parseAsRoot()
    try command.run()
} catch {
    let code = Stancewatch.exitCode(for: error)
    if code == .validationFailure {
        let message = Stancewatch.fullMessage(for: error)
        let text = message.hasSuffix("\n") ? message : message + "\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        exit(2)
    }
    Stancewatch.exit(withError: error)
}
