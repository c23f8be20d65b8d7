/// The files of a new stage module: a working stage with one option and its
/// tests, ready to build and pass before anything is changed.
struct StageScaffold {
    let name: StageScaffoldName

    /// Plugins/NAME/NAMEStage.swift.
    var stagePath: String { "Plugins/\(name.typeName)/\(name.typeName)Stage.swift" }
    /// pipelines/NAME.yaml: a pipeline with the stage and a test of it (beside the
    /// shipped ones, so `textpipe test pipelines/` runs it; a target's folder takes no YAML).
    var pipelinePath: String { "pipelines/\(name.stageName).yaml" }
    /// Tests/Plugins/NAMETests/NAMEStageTests.swift.
    var testPath: String { "Tests/Plugins/\(name.typeName)Tests/\(name.typeName)StageTests.swift" }

    /// The stage: counts words of at least `min_length` characters into its output key.
    var stageSource: String {
        let type = name.typeName
        return """
            import TextPipeCore

            /// The `\(name.stageName)` stage. As scaffolded it counts the words of each
            /// document into the `\(name.outputKey)` output key; make it do what it is for.
            public struct \(type)Stage: Stage {
                /// Options of the \(name.stageName) stage.
                public struct Options: StageOptions {
                    /// Words with fewer characters than this are not counted.
                    public var minLength = 1

                    public init() {}

                    enum CodingKeys: String, CodingKey {
                        case minLength = "min_length"
                    }

                    public static var documentation: [OptionDocumentation] {
                        [OptionDocumentation("min_length", type: "integer", help: "Words with fewer characters than this are not counted.")]
                    }
                }

                public static let name = "\(name.stageName)"
                public static let summary = "Counts the words of each document."
                public static let provides: [Annotation] = [Annotation(rawValue: \(type)Key.name)]

                private let minLength: Int

                public init(options: Options) throws {
                    guard options.minLength >= 1 else { throw StageError("min_length must be at least 1") }
                    minLength = options.minLength
                }

                public func process(_ document: inout Document) throws {
                    document.annotations[\(type)Key.self] = document.withUTF8 { bytes in
                        var count = 0
                        WordTokenizer.tokenize(bytes, range: 0..<bytes.count) { token in
                            let characters = bytes[token.span.start..<token.span.end].count(where: ASCII.isScalarStart)
                            if token.kind == .word && characters >= minLength { count += 1 }
                        }
                        return count
                    }
                }
            }

            /// The `\(name.outputKey)` output key: what the \(name.stageName) stage found.
            public enum \(type)Key: AnnotationKey {
                public typealias Value = Int
                public static let name = "\(name.outputKey)"
            }

            """
    }

    /// A pipeline running the stage, with a test that passes against ``stageSource`` as written
    /// (`textpipe test Plugins/NAME/NAME.yaml`).
    var pipelineSource: String {
        """
        # A pipeline with the \(name.stageName) stage; `textpipe test \(pipelinePath)` runs its tests.
        name: \(name.stageName)
        input: samples/news
        stages:
          - clean
          - \(name.stageName): {min_length: 1}
        tests:
          - name: counts the words of a short text
            input: "Three short words, then 42 more."
            expect:
              \(name.outputKey): {equals: 5}

        """
    }

    /// Tests that pass against ``stageSource`` as written.
    var testSource: String {
        let type = name.typeName
        return """
            import Testing
            import TextPipeCore
            import \(type)

            @Suite struct \(type)StageTests {
                private func run(_ text: String, minLength: Int = 1) throws -> Int? {
                    var options = \(type)Stage.Options()
                    options.minLength = minLength
                    var document = Document(id: "test", text: text)
                    try \(type)Stage(options: options).process(&document)
                    return document.annotations[\(type)Key.self]
                }

                @Test func countsWordsButNotNumbersOrPunctuation() throws {
                    #expect(try run("Three short words, then 42 more.") == 5)
                }

                @Test func skipsWordsShorterThanMinLength() throws {
                    #expect(try run("A cat sat on the café mat.", minLength: 4) == 1)
                }

                @Test func refusesMinLengthBelowOne() {
                    var options = \(type)Stage.Options()
                    options.minLength = 0
                    #expect(throws: StageError.self) { try \(type)Stage(options: options) }
                }
            }

            """
    }
}
