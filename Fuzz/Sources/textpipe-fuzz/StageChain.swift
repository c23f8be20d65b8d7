import TextPipe

/// Stages run in order over a document whose text is the input bytes (invalid
/// UTF-8 replaced with U+FFFD, as the input reader does), followed by the
/// checks every written document must pass.
struct StageChain: Sendable {
    let format: DocumentSource.Format
    let pipeline: Pipeline

    init(format: DocumentSource.Format, stages: [any Stage]) {
        self.format = format
        pipeline = Pipeline(stages: stages.map { ConfiguredStage(name: type(of: $0).name, stage: $0) })
    }

    /// Processes one input. A stage that fails the document is a handled
    /// outcome (the runner records it); only a trap is a bug.
    func process(_ bytes: UnsafeRawBufferPointer) {
        var document = Document(
            id: "fuzz", text: String(decoding: bytes, as: UTF8.self), source: DocumentSource(format: format))
        do {
            try pipeline.process(&document)
        } catch {
            return
        }
        DocumentInvariants.check(document)
    }
}
