import StanceModel

extension Extractor {
    /// A readable account of how a text is read, for people who extend the data (`stancewatch explain`).
    public func explain(_ article: Article) -> String {
        var text = article.text
        return text.withUTF8 { bytes in
            var doc = Document(bytes: bytes, date: article.date, extractor: self)
            findMentions(&doc)
            var out = ""
            for (s, range) in doc.sentences.enumerated() {
                out += "sentence \(s): \(evidence(doc, range))\n"
                out += "  tokens:"
                for k in range {
                    var mark = ""
                    if doc.tokens[k].lower >= 0 { mark += "·" }
                    if doc.tokens[k].exact >= 0 { mark += "ᴺ" }
                    out += " [\(doc.text(of: k))\(mark)]"
                }
                out += "\n"
                for span in doc.spans where range.contains(span.first) {
                    out += "  mention: \"\(doc.text(span.first, span.end))\" -> \(span.entity) \(span.type.rawValue) actor=\(span.actor.isEmpty ? "-" : span.actor)\n"
                }
                let hits = scoreCues(doc, range)
                for hit in hits { out += "  cue: \"\(hit.text)\" \(hit.score)\n" }
                out += "  tone: \(Self.normalize(hits.reduce(0) { $0 + $1.score }))\n"
                var i = range.lowerBound
                while i < range.upperBound {
                    if doc.spanAt[i] < 0,
                        let (payload, end) = patterns.longestMatch(at: i, limit: range.upperBound, tokens: doc.tokens)
                    {
                        let entry = patternInfo[Int(payload)]
                        out += "  pattern: \"\(entry.pattern)\" (\(entry.root.string) \(entry.root.name), \(entry.kind.rawValue)) matched \"\(doc.text(i, end))\"\n"
                        i = end
                    } else {
                        i += 1
                    }
                }
                for stance in codeStances(doc, s, range) {
                    out += "  stance: \(stance.sourceActor)(\(stance.sourceEntity)) -> \(stance.targetActor.isEmpty ? "-" : stance.targetActor)(\(stance.targetEntity)) \(stance.root.string) \(stance.root.name) \(stance.modality.rawValue) cue=\"\(stance.cue)\"\n"
                }
            }
            return out
        }
    }
}
