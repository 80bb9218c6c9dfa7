import StanceCore
import StanceLexicon
import StanceModel

/// The whole extraction of one article: `Extractor.analyze` on an article whose text is the input decoded as
/// UTF-8 (invalid bytes become U+FFFD, as the readers repair them). The extractor is built once.
let extractor: Extractor = {
    do { return Extractor(lexicon: try Lexicon.load()) } catch { fatalError("cannot load the lexicon: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let analysis = extractor.analyze(Article(id: "fuzz", date: "2022-02-24", title: "", text: text))
    // Offsets are Unicode scalars into the text, in order and in range.
    let scalars = text.unicodeScalars.count
    for mention in analysis.mentions { precondition(0 <= mention.start && mention.start < mention.end && mention.end <= scalars) }
    for sentence in analysis.sentences { precondition(0 <= sentence.start && sentence.start <= sentence.end && sentence.end <= scalars) }
    precondition(analysis.tone.isFinite && analysis.positive.isFinite && analysis.negative.isFinite)
    return 0
}
