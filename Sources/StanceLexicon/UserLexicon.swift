import StanceModel

/// A sentiment lexicon brought by the user (`--lexicon FILE`), in VADER's format (`token<TAB>mean<TAB>sd<TAB>[ratings]`,
/// mean in [-4, 4]) or AFINN's (`word<TAB>score`, score in [-5, 5], scaled by 0.8 to the built-in range), told apart
/// by the number of columns. It extends the built-in cues (its entries win) or replaces them.
public enum UserLexicon {
    public enum Mode: String, Sendable, CaseIterable { case extend, replace }

    /// Parses the file's text into cues; lines that are not `word<TAB>number...` are errors with their line.
    public static func parse(_ text: String, name: String) throws(LexiconError) -> (cues: [CueEntry], format: String) {
        var cues: [CueEntry] = []
        var format: String?
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters().isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let value = Double(fields[1].trimmingCharacters()) else {
                throw LexiconError(file: name, line: n + 1, reason: "expected 'word<TAB>score' (AFINN) or 'token<TAB>mean<TAB>sd<TAB>ratings' (VADER)")
            }
            let lineFormat = fields.count >= 3 ? "vader" : "afinn"
            if format == nil { format = lineFormat }
            let scaled = lineFormat == "afinn" ? value * 0.8 : value
            guard scaled >= -4, scaled <= 4 else {
                throw LexiconError(file: name, line: n + 1, reason: "score \(value) is out of range for \(lineFormat)")
            }
            if scaled == 0 { continue }
            let word = fields[0].trimmingCharacters().lowercased()
            guard !word.isEmpty else { throw LexiconError(file: name, line: n + 1, reason: "empty word") }
            cues.append(CueEntry(cue: word, valence: (scaled * 100).rounded() / 100, note: "user lexicon"))
        }
        return (cues, format ?? "empty")
    }
}

extension Lexicon {
    /// Adds or substitutes the user's cues; records the file and its fingerprint for `run.json`.
    public mutating func apply(userCues: [CueEntry], mode: UserLexicon.Mode, description: String) {
        if mode == .replace {
            cues = []
        }
        var byCue: [String: Int] = [:]
        for (k, cue) in cues.enumerated() { byCue[cue.cue] = k }
        for cue in userCues {
            if let k = byCue[cue.cue] { cues[k] = cue } else {
                byCue[cue.cue] = cues.count
                cues.append(cue)
            }
        }
        userLexicon = description
    }
}

extension Substring {
    func trimmingCharacters() -> String { String(self).trimmingASCIIWhitespace() }
}
