#if canImport(FoundationXML)
    import FoundationXML
#endif
import Foundation
import Testing
@testable import StancePipeline

/// The elements of a parsed document, in order, with their attributes and text.
private final class Collector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String], text: String)] = []
    private var open: [Int] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append((name, attributes, ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let k = open.last { elements[k].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }
}

/// Parses `svg`, failing the test when it is not well-formed XML.
private func parse(_ svg: String) throws -> [(name: String, attributes: [String: String], text: String)] {
    let parser = XMLParser(data: Data(svg.utf8))
    let collector = Collector()
    parser.delegate = collector
    let ok = parser.parse()
    try #require(ok, "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
    return collector.elements
}

private let years = (1946...2024).map(String.init)

@Suite struct SVGChartTests {
    func chart(_ periods: [String] = ["2022-01", "2022-02", "2022-03"], _ series: [(name: String, values: [Double?])]? = nil,
               title: String = "Mentions per month") -> String {
        SVGChart.lines(title: title, periods: periods,
                       series: series ?? [("USA", [3, 5, 4]), ("RUS", [1, nil, 7])], yLabel: "mentions")
    }

    @Test func isAStandaloneSVGDocument() throws {
        let svg = chart()
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        let elements = try parse(svg)
        let root = try #require(elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["width"] == "720" && root.attributes["height"] == "320")
        #expect(root.attributes["viewBox"] == "0 0 720 320")
        #expect(root.attributes["font-family"] == "sans-serif")
        #expect(!elements.contains { ["script", "style", "foreignObject", "image"].contains($0.name) })
        #expect(!svg.contains("href") && !svg.contains("url(") && !svg.contains("<script"))
        #expect(elements.filter { $0.attributes["class"] == "legend" }.map(\.text) == ["USA", "RUS"])
    }

    @Test func sameInputSameBytes() { #expect(chart() == chart()) }

    @Test func everyTextIsEscaped() throws {
        let nasty = "A & B <c> \"d\" 'e'"
        let svg = SVGChart.lines(title: nasty, periods: ["<p>", "q&r"], series: [(nasty, [1, 2])], yLabel: nasty)
        let texts = try parse(svg).map(\.text)
        #expect(texts.filter { $0 == nasty }.count == 4)  // <title>, heading, y label, legend
        #expect(texts.contains("<p>") && texts.contains("q&r"))
        #expect(!svg.contains("A & B") && !svg.contains("<c>") && !svg.contains("<p>"))
        #expect(try parse(SVGChart.lines(title: "tab\tbell\u{7}", periods: [], series: [], yLabel: "")).count > 1)
    }

    @Test func nilValuesLeaveGaps() throws {
        let elements = try parse(chart(["1", "2", "3", "4", "5"], [("a", [1, 2, nil, 4, .nan])]))
        let path = try #require(elements.first { $0.name == "path" && $0.attributes["stroke-linejoin"] != nil })
        let d = try #require(path.attributes["d"])
        #expect(d.filter { $0 == "M" }.count == 1 && d.filter { $0 == "L" }.count == 1)
        // The point alone between two gaps still shows, as a dot.
        #expect(elements.filter { $0.name == "circle" }.count == 3)
        let lone = try parse(chart(years, [("a", years.indices.map { $0 == 10 ? 5 : nil })]))
        #expect(lone.filter { $0.name == "circle" }.count == 1)
        #expect(!lone.contains { $0.name == "path" && $0.attributes["stroke-linejoin"] != nil })
    }

    @Test(arguments: [years, (0..<156).map { "20\(22 + $0 / 52)-W\($0 % 52 < 9 ? "0" : "")\($0 % 52 + 1)" }])
    func periodLabelsNeverOverlap(periods: [String]) throws {
        let labels = try parse(chart(periods, [("x", periods.indices.map { Double($0 % 9) })]))
            .filter { $0.attributes["class"] == "period" }
        let xs = labels.compactMap { Double($0.attributes["x"] ?? "") }
        #expect(xs.count == labels.count && labels.count >= 4 && labels.count <= 20)
        #expect(labels.first?.text == periods.first && labels.last?.text == periods.last)
        for (a, b) in zip(xs, xs.dropFirst()) { #expect(b - a >= 40) }
        for (a, b) in zip(labels, labels.dropFirst()) {
            let gap = Double(b.attributes["x"]!)! - Double(a.attributes["x"]!)!
            #expect(gap >= SVGChart.textWidth(a.text) / 2 + SVGChart.textWidth(b.text) / 2)
        }
        #expect(xs.allSatisfy { $0 > 0 && $0 < 720 })
    }

    @Test(arguments: [
        (["2022"], [3.0]), (["2022", "2023"], [0, 0]), (["2022"], [nil]), ([], []),
        (["a", "b"], [1e-9, 2e-9]), (["a", "b"], [-5e12, 7e12]),
    ] as [([String], [Double?])])
    func degenerateDataDoesNotBreak(periods: [String], values: [Double?]) throws {
        let svg = chart(periods, [("only", values)])
        _ = try parse(svg)
        #expect(!svg.lowercased().contains("nan") && !svg.contains("inf"))
    }

    @Test func yTicksAreRoundAndCoverTheData() {
        let scale = SVGChart.YScale([0.13, 0.87, 0.5])
        #expect(scale.low <= 0.13 && scale.high >= 0.87 && scale.ticks.count <= 7)
        #expect(scale.ticks.map(SVGChart.num) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    }

    @Test(arguments: [(0.0, "0"), (-0.001, "0"), (12.5, "12.5"), (3, "3"), (0.05, "0.05"), (-1.236, "-1.24"), (1234567, "1234567")])
    func numbers(x: Double, s: String) { #expect(SVGChart.num(x) == s) }

    @Test func xmllintAcceptsAChart() throws {
        let xmllint = "/usr/bin/xmllint"
        guard FileManager.default.isExecutableFile(atPath: xmllint) else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stancewatch-chart-\(getpid()).svg")
        defer { try? FileManager.default.removeItem(at: file) }
        try chart(years, [("A & B", years.indices.map { $0 % 5 == 0 ? nil : Double($0) })]).write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
