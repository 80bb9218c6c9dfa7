import Foundation

/// Paths and helpers shared by the test targets.
public enum Fixture {
    /// The package root (the folder with Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// `../shared` beside the project, when present.
    public static var shared: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("corpora").path) ? url : nil
    }

    /// The `stancewatch` binary built beside the test bundle.
    public static var binary: URL {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleDir.appendingPathComponent("stancewatch"),
            bundleDir.deletingLastPathComponent().appendingPathComponent("stancewatch"),
            root.appendingPathComponent(".build/debug/stancewatch"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    /// A new empty temporary folder.
    public static func temporaryDirectory(_ name: String = "t") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stancewatch-\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    public static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public static func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}

/// The result of running a process.
public struct ProcessResult {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// Runs the `stancewatch` binary with arguments (and optional standard input), waiting for it to end.
/// Output goes through temporary files so a chatty child never blocks on a full pipe.
public func runStancewatch(_ arguments: [String], stdin: Data? = nil, cwd: URL? = nil) throws -> ProcessResult {
    let dir = Fixture.temporaryDirectory("run")
    let outURL = dir.appendingPathComponent("stdout")
    let errURL = dir.appendingPathComponent("stderr")
    let inURL = dir.appendingPathComponent("stdin")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    FileManager.default.createFile(atPath: inURL.path, contents: stdin ?? Data())
    let process = Process()
    process.executableURL = Fixture.binary
    process.arguments = arguments
    if let cwd { process.currentDirectoryURL = cwd }
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    try process.run()
    process.waitUntilExit()
    defer { try? FileManager.default.removeItem(at: dir) }
    return ProcessResult(status: process.terminationStatus, stdout: Fixture.read(outURL), stderr: Fixture.read(errURL))
}

/// Rows of a CSV file as written by stancewatch (RFC 4180: quoted fields, doubled quotes, `\n` rows).
public func csvRows(_ url: URL) throws -> [[String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var rows: [[String]] = []
    var row: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var it = text.unicodeScalars.makeIterator()
    var pending = it.next()
    while let c = pending {
        pending = it.next()
        if quoted {
            if c == "\"" {
                if pending == "\"" {
                    field.append("\"")
                    pending = it.next()
                } else {
                    quoted = false
                }
            } else {
                field.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(String(field))
            field = String.UnicodeScalarView()
        } else if c == "\n" {
            row.append(String(field))
            rows.append(row)
            row = []
            field = String.UnicodeScalarView()
        } else {
            field.append(c)
        }
    }
    if !row.isEmpty || !field.isEmpty { rows.append(row + [String(field)]) }
    return rows
}
