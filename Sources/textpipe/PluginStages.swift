import Language
import Redact
import TextPipe

/// The stage types of the modules under Plugins/, registered after the
/// standard stages. A module is registered by its import above and one entry
/// here, one per line in name order (`textpipe new-stage` adds both).
let pluginStages: [any Stage.Type] = [
    LanguageStage.self,
    RedactStage.self,
]
