#if canImport(Glibc)
    import Glibc
#endif

/// A progress line on standard error, only when it is a terminal: articles, MB, MB/s and an ETA for inputs of
/// known size.
struct Progress {
    let enabled: Bool
    let total: Int
    private let start = ContinuousClock.now
    private var last = ContinuousClock.now
    private var shown = false

    init(enabled: Bool, total: Int) {
        self.enabled = enabled && isatty(2) != 0
        self.total = total
    }

    mutating func update(articles: Int, bytes: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - last >= .milliseconds(500) else { return }
        last = now
        let elapsed = max(seconds(now - start), 0.001)
        let mb = Double(bytes) / 1_048_576
        let rate = mb / elapsed
        var line = "\r\(articles) articles  \(format(mb)) MB  \(format(rate)) MB/s"
        if total > 0 && rate > 0 {
            let left = Double(total - bytes) / 1_048_576 / rate
            line += "  ETA \(Int(left.rounded()))s"
        }
        line += "    "
        writeError(line)
        shown = true
    }

    mutating func finish() {
        if shown { writeError("\n") }
    }

    private func format(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// Writes text to standard error unbuffered.
func writeError(_ text: String) {
    var text = text
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}
