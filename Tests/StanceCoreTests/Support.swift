import StanceCore
import StanceLexicon
import StanceModel

/// One extractor for all core tests, compiled from the bundled data.
enum Core {
    static let extractor = Extractor(lexicon: try! Lexicon.load())

    static func analyze(_ text: String, date: String = "2022-02-01") -> ArticleAnalysis {
        extractor.analyze(Article(id: "t", date: date, text: text))
    }

    /// `text:entity:type:actor` for each mention, checking `text[start:end] == surface` on the way.
    static func mentions(_ text: String, date: String = "2022-02-01") -> [String] {
        let analysis = analyze(text, date: date)
        let scalars = Array(text.unicodeScalars)
        return analysis.mentions.map { m in
            var surface = String.UnicodeScalarView()
            surface.append(contentsOf: scalars[m.start..<m.end])
            precondition(String(surface) == m.text, "offsets \(m.start)-\(m.end) do not give '\(m.text)'")
            return "\(m.text):\(m.entity):\(m.type.rawValue):\(m.actor)"
        }
    }
}
