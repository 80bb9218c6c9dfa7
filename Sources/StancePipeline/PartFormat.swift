#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import StanceHistory
import StanceIO
import StanceModel

/// The lines `extract` writes and `merge` reads (format 1): one JSON object per line, told apart by `kind`.
///
/// - `{"kind":"article","line":N,"analysis":{...}}`: an accepted record, line N of the extract's input, with the
///   full `ArticleAnalysis` (JSONEncoder, sorted keys; `--encoding codec` writes `"id"` and `"codec"`, the
///   base64 `AnalysisCodec` blob, instead of `"analysis"`).
/// - `{"kind":"reject","line":N,"input":...,"record":...,"reason":...}`: a record that could not be used, with the
///   `Reject` fields (`line` is absent when the record is not a line, e.g. `rest of the file`).
/// - `{"kind":"summary",...}`: always the last line: the input name, the lines read and the counts, and the data
///   version and file fingerprints. Its absence means the extract did not finish; merge refuses such a part.
///
/// The aggregates are not written: they are a fold of the analyses, so merge rebuilds them exactly from the
/// article lines, in order, as analyze builds them.
enum PartFormat {
    static let version = 1

    enum Encoding: String, Sendable, CaseIterable {
        case json, codec
    }

    /// Per worker thread: JSONEncoder and JSONDecoder are classes, so each thread makes its own.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }

    static func articleLine(_ analysis: ArticleAnalysis, line: Int, encoding: Encoding, encoder: JSONEncoder) throws -> [UInt8] {
        var out = Array("{\"kind\":\"article\",\"line\":\(line),".utf8)
        switch encoding {
        case .json:
            out += "\"analysis\":".utf8
            out += try encoder.encode(analysis)
        case .codec:
            out += "\"id\":\(JSONValue.quote(analysis.article.id)),\"codec\":\"".utf8
            out += Data(AnalysisCodec.encode(analysis)).base64EncodedString().utf8
            out += "\"".utf8
        }
        out += "}\n".utf8
        return out
    }

    static func rejectLine(_ reject: Reject, line: Int?) -> [UInt8] {
        let place = line.map { "\"line\":\($0)," } ?? ""
        let text = "{\"kind\":\"reject\",\(place)\"input\":\(JSONValue.quote(reject.input)),"
            + "\"record\":\(JSONValue.quote(reject.record)),\"reason\":\(JSONValue.quote(reject.reason))}\n"
        return Array(text.utf8)
    }

    static func summaryLine(_ s: PartSummary) -> [UInt8] {
        let files = s.lexiconFiles.sorted { $0.key < $1.key }.map { "\(JSONValue.quote($0.key)):\(JSONValue.quote($0.value))" }
        let text = "{\"kind\":\"summary\",\"format\":\(s.format),\"input\":\(JSONValue.quote(s.input)),\"lines\":\(s.lines),"
            + "\"records\":\(s.records),\"accepted\":\(s.accepted),\"rejected\":\(s.rejected),\"warnings\":\(s.warnings),"
            + "\"bytes\":\(s.bytes),\"lexicon_version\":\(JSONValue.quote(s.lexiconVersion)),"
            + "\"lexicon_files\":{\(files.joined(separator: ","))}}\n"
        return Array(text.utf8)
    }

    /// `line 12` -> 12.
    static func lineNumber(_ record: String) -> Int? {
        record.hasPrefix("line ") ? Int(record.dropFirst(5)) : nil
    }
}

/// The last line of a part: what the extract read and with which data.
struct PartSummary: Codable, Sendable {
    var kind = "summary"
    var format = PartFormat.version
    /// The input name (`--input-name`, `-` by default): the `input` of its rejects and of analyze's report.
    var input: String
    /// Lines read, blank ones included: the next part of the same input numbers its lines after them.
    var lines = 0
    var records = 0
    var accepted = 0
    var rejected = 0
    var warnings = 0
    var bytes = 0
    var lexiconVersion: String
    var lexiconFiles: [String: String]

    enum CodingKeys: String, CodingKey {
        case kind, format, input, lines, records, accepted, rejected, warnings, bytes
        case lexiconVersion = "lexicon_version"
        case lexiconFiles = "lexicon_files"
    }
}

/// Any line of a part, decoded: the fields of its kind are set.
struct PartRecord: Decodable {
    var kind: String
    var line: Int?
    var analysis: ArticleAnalysis?
    var codec: String?
    var input: String?
    var record: String?
    var reason: String?

    /// What the line holds: an analysis, a reject, or the summary.
    enum Item {
        case article(ArticleAnalysis, line: Int)
        case reject(Reject, line: Int?)
        case summary
    }

    static func decode(_ bytes: [UInt8], decoder: JSONDecoder) throws(Pipeline.Failure) -> Item {
        let record: PartRecord
        do { record = try decoder.decode(PartRecord.self, from: Data(bytes)) } catch {
            throw Pipeline.Failure(description: "not a line written by extract: \(error)")
        }
        switch record.kind {
        case "article":
            guard let line = record.line else { throw Pipeline.Failure(description: "article without its line number") }
            if let analysis = record.analysis { return .article(analysis, line: line) }
            guard let codec = record.codec, let blob = Data(base64Encoded: codec) else {
                throw Pipeline.Failure(description: "article without its analysis")
            }
            do {
                let analysis = try blob.withUnsafeBytes { buffer throws(AnalysisCodec.Failure) in try AnalysisCodec.decode(buffer) }
                return .article(analysis, line: line)
            } catch {
                throw Pipeline.Failure(description: "bad analysis blob: \(error)")
            }
        case "reject":
            guard let input = record.input, let place = record.record, let reason = record.reason else {
                throw Pipeline.Failure(description: "reject without its input, record or reason")
            }
            return .reject(Reject(input: input, record: place, reason: reason), line: record.line)
        case "summary":
            return .summary
        default:
            throw Pipeline.Failure(description: "unknown kind '\(record.kind)'")
        }
    }
}
