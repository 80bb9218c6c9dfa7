import StanceModel

extension HistoryStore {
    /// A stable fingerprint of what an article says: 64-bit FNV-1a over the UTF-8 of its id, date, source, title
    /// and text joined by U+001F (a separator the contract's fields never contain), as 16 lowercase hex digits.
    ///
    /// An article whose stored hash equals this one is skipped by an incremental run; any other value means
    /// the article changed and its stored analysis is replaced. Not a cryptographic hash: it detects edits,
    /// not tampering.
    public static func contentHash(_ article: Article) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Over each field's contiguous UTF-8 (a tight loop: the text is most of the bytes, and the fold runs on the
        // reading thread for every article of a run with a history).
        func mix(_ field: String) {
            var field = field
            field.withUTF8 { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            }
        }
        let fields = [article.id, article.date, article.source, article.title, article.text]
        for (k, field) in fields.enumerated() {
            if k > 0 { mix("\u{1F}") }
            mix(field)
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
