import ArgumentParser
import Foundation
import TextPipe

/// `textpipe merge`: joins the outputs of a sharded run into the output a
/// single run would have written, byte for byte.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the outputs of the shards of a run (textpipe run --shard K/N) in input order.",
        discussion: """
            Each shard output needs its manifest (OUTPUT.manifest) and errors-K-of-N.jsonl beside it, \
            as textpipe run writes them. Every shard must have completed, all N must be given, and \
            together they must hold every input document once. Writes OUTPUT, errors.jsonl beside it \
            and OUTPUT.manifest. Exit status: 0 merged; 2 a shard is missing, incomplete, from another \
            run, or the documents do not add up (nothing written).
            """
    )

    @Argument(help: "The shard outputs (JSONL files written by textpipe run --shard).")
    var shardOutputs: [String]

    @Option(name: .long, help: "The merged output file.")
    var output: String

    func run() throws {
        let shards: [ShardOutput]
        do {
            shards = try ShardOutput.openAll(shardOutputs)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitStatus.usage
        }
        if shardOutputs.contains(where: { URL(fileURLWithPath: $0).standardized == URL(fileURLWithPath: output).standardized }) {
            Console.error("error: '\(output)' is one of the shard outputs")
            throw ExitStatus.usage
        }
        let merged: MergeCounts
        do {
            merged = try ShardMerger(shards: shards).write(
                output: output, errors: RunFiles.errorsPath(beside: output, shard: nil))
        } catch {
            Console.error("error: \(error.description)")
            throw ExitStatus.usage
        }
        Console.error(
            "textpipe: merged \(shards.count) shards into \(output): inputs \(merged.inputs) = \(merged.written) written + "
                + "\(merged.failed) failed")
        if let warning = RunSummary.duplicateLine(merged.duplicateIDs) { Console.error(warning) }
    }
}

/// What a merge wrote.
struct MergeCounts {
    var inputs = 0
    var written = 0
    var failed = 0
    /// Ids shared by documents, across shards too (each shard's run sees only its own).
    var duplicateIDs = DuplicateIDs()
}

/// One shard's output, errors file and manifest, checked to be complete.
struct ShardOutput {
    let path: String
    let manifest: ManifestReader
    let shard: ShardSpec
    let footer: RunManifest.Footer
    let output: FileHandle
    let errors: FileHandle?

    /// Opens every shard output and checks that they are the N shards of one completed run.
    static func openAll(_ paths: [String]) throws(RunManifest.Failure) -> [ShardOutput] {
        var shards: [ShardOutput] = []
        for path in paths { shards.append(try ShardOutput(path: path)) }
        guard let first = shards.first else { throw RunManifest.Failure(description: "no shard outputs given") }
        let count = first.shard.count
        for shard in shards {
            guard shard.manifest.header.pipeline == first.manifest.header.pipeline, shard.shard.count == count else {
                throw RunManifest.Failure(
                    description: "'\(shard.path)' and '\(first.path)' are not shards of the same run "
                        + "(pipeline, settings or shard count differ)")
            }
        }
        let indexes = shards.map(\.shard.index)
        if let duplicate = indexes.first(where: { index in indexes.filter { $0 == index }.count > 1 }) {
            throw RunManifest.Failure(description: "shard \(duplicate)/\(count) is given twice")
        }
        let missing = (0..<count).filter { !indexes.contains($0) }
        guard missing.isEmpty else {
            throw RunManifest.Failure(
                description: "missing shard\(missing.count > 1 ? "s" : "") "
                    + missing.map { "\($0)/\(count)" }.joined(separator: ", "))
        }
        return shards.sorted { $0.shard.index < $1.shard.index }
    }

    private init(path: String) throws(RunManifest.Failure) {
        self.path = path
        manifest = try ManifestReader(path: RunManifest.path(forOutput: path))
        guard let shard = manifest.header.shard else {
            throw RunManifest.Failure(description: "'\(path)' is not a shard's output (its run had no --shard)")
        }
        self.shard = shard
        guard let output = FileHandle(forReadingAtPath: path) else {
            throw RunManifest.Failure(description: "cannot read '\(path)'")
        }
        self.output = output
        errors = FileHandle(forReadingAtPath: RunFiles.errorsPath(beside: path, shard: shard))
        // The footer comes after the entries; a second reader finds it without holding them.
        let scan = try ManifestReader(path: RunManifest.path(forOutput: path))
        while scan.next() != nil {}
        guard let footer = scan.footer else {
            throw RunManifest.Failure(
                description: "shard \(shard) ('\(path)') did not complete; run it again with --resume")
        }
        self.footer = footer
    }

    /// The bytes of `entry`'s record.
    func record(_ entry: RunManifest.Entry) throws(RunManifest.Failure) -> Data {
        let file = entry.status == .written ? output : errors
        guard let file else {
            throw RunManifest.Failure(description: "shard \(shard) lists a failure but has no errors file")
        }
        do {
            try file.seek(toOffset: UInt64(entry.start))
            let data = try file.read(upToCount: entry.end - entry.start) ?? Data()
            guard data.count == entry.end - entry.start else {
                throw RunManifest.Failure(description: "'\(path)' is shorter than its manifest says")
            }
            return data
        } catch let failure as RunManifest.Failure {
            throw failure
        } catch {
            throw RunManifest.Failure(description: "cannot read shard \(shard): \(error.localizedDescription)")
        }
    }
}

/// Writes the records of all shards in input order (the positions their
/// manifests give), numbered as a single run numbers them, checking that
/// every document a shard read appears exactly once.
struct ShardMerger {
    let shards: [ShardOutput]

    func write(output: String, errors: String) throws(RunManifest.Failure) -> MergeCounts {
        let inputs = shards.reduce(0) { $0 + $1.footer.inputs }
        var heads = shards.map { $0.manifest.next() }
        let outputFile: OutputFile
        let errorsFile: OutputFile
        let manifest: ManifestWriter
        do {
            outputFile = try OutputFile(creating: output)
            errorsFile = try OutputFile(creating: errors)
        } catch {
            throw RunManifest.Failure(description: "\(error)")
        }
        manifest = try ManifestWriter(
            creating: RunManifest.path(forOutput: output),
            header: RunManifest.Header(pipeline: shards[0].manifest.header.pipeline, shard: nil))
        var counts = MergeCounts(inputs: inputs)
        var expected = 0
        var accounted = 0
        while let (index, entry) = heads.enumerated().compactMap({ item in item.element.map { (item.offset, $0) } })
            .min(by: { $0.1.sequence < $1.1.sequence })
        {
            heads[index] = shards[index].manifest.next()
            guard entry.sequence >= expected else {
                throw RunManifest.Failure(description: "document '\(entry.id)' is in two shards")
            }
            expected = entry.sequence + 1
            let line = [UInt8](try shards[index].record(entry))
            let file = entry.status == .written ? outputFile : errorsFile
            let start = file.writeLine(line)
            manifest.add(
                RunManifest.Entry(
                    sequence: accounted, id: entry.id, hash: entry.hash, status: entry.status, start: start,
                    end: start + line.count))
            accounted += 1
            counts.duplicateIDs.note(entry.id)
            if entry.status == .written { counts.written += 1 } else { counts.failed += 1 }
            if accounted % 1024 == 0 {
                outputFile.flush()
                errorsFile.flush()
                manifest.commit()
            }
        }
        guard accounted == inputs else {
            throw RunManifest.Failure(
                description: "the shards hold \(accounted) of \(inputs) input documents; were they run over the same input?")
        }
        outputFile.flush()
        errorsFile.flush()
        manifest.finish(RunManifest.Footer(inputs: inputs, written: counts.written, failed: counts.failed))
        if let failure = outputFile.failure ?? errorsFile.failure ?? manifest.failure {
            throw RunManifest.Failure(description: failure)
        }
        return counts
    }
}
