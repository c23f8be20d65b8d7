import Language
import Redact
import TextPipe

extension FuzzTarget {
    /// The bytes as a pipeline file, loaded as `textpipe validate` and `run`
    /// do, with the standard and plugin stages: a bad file must give
    /// diagnostics, never a crash.
    static let pipelineFile = FuzzTarget(
        name: "pipeline-file", summary: "the pipeline loader, the bytes as a pipeline YAML file"
    ) {
        let registry = StandardStages.registry.adding([LanguageStage.self, RedactStage.self])
        // A fixed environment, so `${VAR}` resolves the same on every machine.
        let loader = PipelineLoader(registry: registry, environment: ["HOME": "/home/fuzz", "TEXTPIPE_OUT": "out"])
        return { bytes in
            // Reading a file as UTF-8 fails on anything else, before the YAML is parsed.
            guard let yaml = String(validating: bytes, as: UTF8.self) else { return }
            do throws(PipelineErrors) {
                _ = try loader.load(yaml: yaml, file: "fuzz.yaml")
            } catch {
                if error.diagnostics.isEmpty { fatalError("the pipeline was rejected without a diagnostic") }
            }
        }
    }
}
