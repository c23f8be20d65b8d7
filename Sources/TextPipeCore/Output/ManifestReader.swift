import Foundation

/// Reads a run manifest (see ``RunManifest``) entry by entry, without
/// loading it whole. A line that is not a manifest line (the torn end of a
/// killed run) ends it, as does an entry out of sequence order.
public final class ManifestReader {
    /// What the run was.
    public let header: RunManifest.Header
    /// The footer, once every entry has been read, when the run completed.
    public private(set) var footer: RunManifest.Footer?
    /// The manifest's path.
    public let path: String
    private let lines: LineReader
    private var lastSequence = -1
    private var ended = false

    /// Opens the manifest at `path` and reads its header.
    public init(path: String) throws(RunManifest.Failure) {
        self.path = path
        do {
            lines = try LineReader(path: path, maxLineBytes: Self.maxLineBytes)
        } catch {
            throw RunManifest.Failure(description: "cannot read the manifest '\(path)': \(error.description)")
        }
        guard let first = Self.bytes(of: lines.nextLine()), case .header(let header)? = RunManifest.parse(first[...])
        else {
            throw RunManifest.Failure(description: "'\(path)' is not a textpipe manifest")
        }
        self.header = header
    }

    /// No manifest line is longer (an id of a megabyte is not an id).
    private static let maxLineBytes = 1 << 20

    /// A line's bytes; nil at the end or for a line too long to be the manifest's.
    private static func bytes(of line: LineReader.Line?) -> [UInt8]? {
        guard case .text(let bytes, _)? = line else { return nil }
        return bytes
    }

    /// The next entry, or nil at the end (then ``footer`` is set if the run completed).
    public func next() -> RunManifest.Entry? {
        guard !ended, let line = Self.bytes(of: lines.nextLine()) else {
            ended = true
            return nil
        }
        switch RunManifest.parse(line[...]) {
        case .entry(let entry)? where entry.sequence > lastSequence:
            lastSequence = entry.sequence
            return entry
        case .footer(let footer)?:
            self.footer = footer
            ended = true
            return nil
        default:
            ended = true
            return nil
        }
    }
}
