/// Standalone SVG 1.1 line charts for the report: one file that opens in any browser or image viewer, with no
/// script, no external font or style sheet, and the same bytes for the same data (numbers are written with at
/// most two decimals by hand, never through a locale-aware formatter).
///
/// Text widths cannot be measured without a font engine, so labels are laid out with an estimated advance per
/// character (`charWidth`): 7 px at 11 px is a digit in DejaVu Sans (0.64 em), the widest of the usual default
/// sans-serif faces, and period labels are mostly digits.
enum SVGChart {
    static let width = 720.0
    static let height = 320.0
    static let fontSize = 11.0
    static let charWidth = 7.0
    /// The least distance between the centres of two period labels, whatever their estimated width.
    static let minLabelGap = 40.0
    /// Period labels longer than this are cut with an ellipsis, so one odd label cannot hide all the others.
    static let maxLabelCharacters = 16

    /// Okabe and Ito (2008), "Color Universal Design": distinguishable with the common colour-vision deficiencies.
    /// Yellow comes last because it is faint on white; series beyond the eighth reuse the colours, dashed.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"]

    struct Plot {
        var left = 64.0, right = SVGChart.width - 36, top = 62.0, bottom = SVGChart.height - 44
        var plotWidth: Double { right - left }
        var plotHeight: Double { bottom - top }
    }

    /// A line chart of `series` over `periods` (one value per period; nil, NaN and infinity leave a gap).
    static func lines(title: String, periods: [String], series: [(name: String, values: [Double?])], yLabel: String) -> String {
        var plot = Plot()
        let legend = legendItems(series.map { $0.name }, left: plot.left)
        // A legend of many rows squeezes the plot, but never turns it upside down.
        plot.top = min(52 + 16 * Double(legend.rows), plot.bottom - 60)
        let values = series.flatMap { $0.values.prefix(periods.count).compactMap { $0 }.filter(\.isFinite) }
        let scale = YScale(values)
        func x(_ k: Int) -> Double {
            periods.count < 2 ? (plot.left + plot.right) / 2 : plot.left + Double(k) * plot.plotWidth / Double(periods.count - 1)
        }
        func y(_ v: Double) -> Double { plot.bottom - (v - scale.low) / (scale.high - scale.low) * plot.plotHeight }

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(num(width))\" height=\"\(num(height))\" "
        out += "viewBox=\"0 0 \(num(width)) \(num(height))\" font-family=\"sans-serif\" font-size=\"\(num(fontSize))\">\n"
        out += "<title>\(escape(title))</title>\n"
        out += "<rect width=\"\(num(width))\" height=\"\(num(height))\" fill=\"#FFFFFF\"/>\n"
        out += "<text x=\"12\" y=\"24\" font-size=\"15\" font-weight=\"bold\">\(escape(title))</text>\n"

        // Grid and y ticks first so the series draw over them.
        out += "<g class=\"y-axis\" text-anchor=\"end\" fill=\"#444444\">\n"
        for tick in scale.ticks {
            let ty = num(y(tick))
            out += "<line x1=\"\(num(plot.left))\" y1=\"\(ty)\" x2=\"\(num(plot.right))\" y2=\"\(ty)\" stroke=\"#DDDDDD\"/>\n"
            out += "<text x=\"\(num(plot.left - 6))\" y=\"\(num(y(tick) + 4))\">\(num(tick))</text>\n"
        }
        out += "</g>\n"
        let middle = num((plot.top + plot.bottom) / 2)
        out += "<text class=\"y-label\" x=\"16\" y=\"\(middle)\" transform=\"rotate(-90 16 \(middle))\" text-anchor=\"middle\">\(escape(yLabel))</text>\n"
        out += "<path d=\"M\(num(plot.left)) \(num(plot.top))V\(num(plot.bottom))H\(num(plot.right))\" fill=\"none\" stroke=\"#444444\"/>\n"

        let labels = periods.map(shortened)
        out += "<g class=\"x-axis\" text-anchor=\"middle\" fill=\"#444444\">\n"
        for k in labelIndices(labels, x: x) {
            out += "<line x1=\"\(num(x(k)))\" y1=\"\(num(plot.bottom))\" x2=\"\(num(x(k)))\" y2=\"\(num(plot.bottom + 5))\" stroke=\"#444444\"/>\n"
            out += "<text class=\"period\" x=\"\(num(labelX(x(k), labels[k])))\" y=\"\(num(plot.bottom + 18))\">\(escape(labels[k]))</text>\n"
        }
        out += "</g>\n"

        for (s, line) in series.enumerated() {
            let style = "stroke=\"\(palette[s % palette.count])\"" + (s >= palette.count ? " stroke-dasharray=\"6 3\"" : "")
            let points = (0..<periods.count).map { k -> (Double, Double)? in
                guard k < line.values.count, let v = line.values[k], v.isFinite else { return nil }
                return (x(k), y(v))
            }
            out += "<g class=\"series\" fill=\"none\" stroke-width=\"2\" \(style)>\n"
            out += polyline(points, markers: periods.count <= 24, colour: palette[s % palette.count])
            out += "</g>\n"
        }
        if values.isEmpty {
            out += "<text x=\"\(num((plot.left + plot.right) / 2))\" y=\"\(middle)\" text-anchor=\"middle\" fill=\"#888888\">no data</text>\n"
        }
        for item in legend.items {
            let style = "stroke=\"\(palette[item.index % palette.count])\"" + (item.index >= palette.count ? " stroke-dasharray=\"6 3\"" : "")
            out += "<line x1=\"\(num(item.x))\" y1=\"\(num(item.y - 4))\" x2=\"\(num(item.x + 18))\" y2=\"\(num(item.y - 4))\" stroke-width=\"2\" \(style)/>\n"
            out += "<text class=\"legend\" x=\"\(num(item.x + 22))\" y=\"\(num(item.y))\">\(escape(item.name))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// Path segments between gaps; a point with no neighbour gets a dot, or it would not show at all.
    static func polyline(_ points: [(Double, Double)?], markers: Bool, colour: String) -> String {
        var out = "", d = ""
        for (k, point) in points.enumerated() {
            guard let point else { continue }
            let (px, py) = point
            let before = k > 0 && points[k - 1] != nil, after = k + 1 < points.count && points[k + 1] != nil
            if before || after { d += (before ? "L" : "M") + "\(num(px)) \(num(py))" }
            if markers || !(before || after) {
                let fill = before || after ? "#FFFFFF" : colour
                out += "<circle cx=\"\(num(px))\" cy=\"\(num(py))\" r=\"2.5\" fill=\"\(fill)\"/>\n"
            }
        }
        return (d.isEmpty ? "" : "<path d=\"\(d)\" stroke-linejoin=\"round\"/>\n") + out
    }

    // MARK: - Layout

    static func textWidth(_ s: String) -> Double { Double(s.count) * charWidth }

    static func shortened(_ label: String) -> String {
        label.count <= maxLabelCharacters ? label : String(label.prefix(maxLabelCharacters - 1)) + "…"
    }

    /// A label's centre, moved inwards when it would run off the picture.
    static func labelX(_ x: Double, _ label: String) -> Double {
        let half = textWidth(label) / 2 + 2
        return min(max(x, half), width - half)
    }

    /// The periods to label: every `step`-th from the first, and the last, with the smallest step from
    /// 1, 2, 5, 10, 20, 50, ... that keeps neighbouring labels apart (the one before the last gives way to it).
    static func labelIndices(_ labels: [String], x: (Int) -> Double) -> [Int] {
        guard labels.count > 1 else { return labels.isEmpty ? [] : [0] }
        func fits(_ a: Int, _ b: Int) -> Bool {
            let gap = labelX(x(b), labels[b]) - labelX(x(a), labels[a])
            return gap >= max(minLabelGap, (textWidth(labels[a]) + textWidth(labels[b])) / 2 + 8)
        }
        let mantissas = [1, 2, 5]
        var step = 1, m = 0, power = 1
        while true {
            var picked = Array(stride(from: 0, to: labels.count, by: step))
            if picked.last != labels.count - 1 {
                if picked.count > 1 && !fits(picked.last!, labels.count - 1) { picked.removeLast() }
                picked.append(labels.count - 1)
            }
            if zip(picked, picked.dropFirst()).allSatisfy(fits) { return picked }
            if step >= labels.count { return [0] }
            m += 1
            if m == mantissas.count { (m, power) = (0, power * 10) }
            step = mantissas[m] * power
        }
    }

    /// Legend entries flowing left to right, wrapping onto a new row under the title when the width runs out.
    static func legendItems(_ names: [String], left: Double) -> (items: [(index: Int, name: String, x: Double, y: Double)], rows: Int) {
        var items: [(index: Int, name: String, x: Double, y: Double)] = []
        var x = left, row = 0
        for (k, name) in names.enumerated() {
            let w = 22 + textWidth(name) + 16
            if x + w > width - 12 && x > left {
                row += 1
                x = left
            }
            items.append((k, name, x, 46 + 16 * Double(row)))
            x += w
        }
        return (items, names.isEmpty ? 0 : row + 1)
    }

    // MARK: - Numbers and text

    /// Rounded y ticks: a step of 1, 2 or 5 times a power of ten, at least 0.01 so two decimals tell ticks apart.
    struct YScale {
        var low = 0.0, high = 1.0, step = 0.25

        init(_ values: [Double]) {
            guard var lo = values.min(), var hi = values.max() else { return }
            if lo == hi {
                lo -= max(1, abs(lo) / 10)
                hi += max(1, abs(hi) / 10)
            }
            let raw = (hi - lo) / 5
            var power = 0.01
            while power * 10 <= raw { power *= 10 }
            step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? power * 10
            low = (lo / step).rounded(.down) * step
            high = (hi / step).rounded(.up) * step
        }

        var ticks: [Double] {
            let n = Int(((high - low) / step).rounded())
            return (0...max(0, n)).map { low + Double($0) * step }
        }
    }

    /// At most two decimals, trailing zeros dropped, `-0` written `0`, `.` always the decimal point.
    static func num(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let scaled = (x * 100).rounded()
        guard abs(scaled) < 9e17 else { return String(describing: x.rounded()) }
        if scaled == 0 { return "0" }
        let magnitude = Int64(abs(scaled))
        var out = (scaled < 0 ? "-" : "") + String(magnitude / 100)
        let frac = magnitude % 100
        if frac != 0 { out += frac % 10 == 0 ? ".\(frac / 10)" : (frac < 10 ? ".0\(frac)" : ".\(frac)") }
        return out
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids (controls, U+FFFE, U+FFFF) become spaces.
    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
