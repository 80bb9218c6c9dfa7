import GRDB
import GRDBSQLite

/// Binds a statement's parameters straight with SQLite's own calls, in order: what `save` stores for each article
/// without GRDB's arguments (which box every value and copy each analysis into a `Data`, then SQLite copies it
/// again).
///
/// Every value is bound as SQLite's own copy (`SQLITE_TRANSIENT`): nothing bound points into Swift's storage, whose
/// addresses are only promised inside the closures that give them (one copy of an analysis, where GRDB's way made
/// two more). The caller clears the bindings once the statement has run, so that the statement keeps no copy
/// (`save` does). A text is bound up to its first NUL, as GRDB binds a `String`; an empty text or blob is an empty
/// value, never NULL.
struct RawBindings {
    private let statement: SQLiteStatement
    private var index: Int32 = 1
    private var code = SQLITE_OK
    /// The parameter whose binding failed first (1-based), if one did.
    private var failed: Int32?

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// A byte that outlives every statement: the address bound for an empty value.
    private static let empty: StaticString = ""

    /// Readies `statement` (reset, bindings cleared, marked bound for GRDB's `execute()`), then lets `body` bind
    /// every parameter in order. Throws when SQLite refuses a binding or `body` binds fewer or more parameters
    /// than the statement has.
    static func bind(_ statement: Statement, _ body: (inout RawBindings) -> Void) throws {
        // Empty arguments "set": GRDB resets the statement, clears its bindings and takes them as bound, so that
        // `execute()` only resets it (which keeps bindings) before stepping (GRDB 7's `setUncheckedArguments` and
        // `prepareExecution`). Should a GRDB change that, the INSERT of NULLs into NOT NULL columns fails at once
        // (and `rawBindingsStoreWhatGRDBWould`, `aLongBatchIsStoredWholeOrNotAtAll` with it).
        statement.setUncheckedArguments(StatementArguments())
        var bindings = RawBindings(statement: statement.sqliteStatement)
        body(&bindings)
        guard bindings.code == SQLITE_OK else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: bindings.code), message: "binding parameter \(bindings.failed ?? 0)", sql: statement.sql)
        }
        let expected = sqlite3_bind_parameter_count(statement.sqliteStatement)
        guard bindings.index - 1 == expected else {
            throw DatabaseError(message: "\(bindings.index - 1) values bound for \(expected) parameters", sql: statement.sql)
        }
    }

    private init(statement: SQLiteStatement) { self.statement = statement }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { bytes in
            let start = bytes.baseAddress.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(Self.empty.utf8Start)
            // Up to a NUL, as GRDB binds a `String` (a C string): the same text wherever an id is looked up.
            let length = bytes.firstIndex(of: 0) ?? bytes.count
            record(sqlite3_bind_text(statement, index, start.assumingMemoryBound(to: CChar.self), Int32(length), Self.transient))
        }
    }

    mutating func int(_ value: Int64) {
        record(sqlite3_bind_int64(statement, index, value))
    }

    mutating func blob(_ value: [UInt8]) {
        value.withUnsafeBytes { bytes in
            let start = bytes.baseAddress ?? UnsafeRawPointer(Self.empty.utf8Start)
            record(sqlite3_bind_blob(statement, index, start, Int32(bytes.count), Self.transient))
        }
    }

    private mutating func record(_ result: Int32) {
        if code == SQLITE_OK && result != SQLITE_OK { (code, failed) = (result, index) }
        index += 1
    }
}
