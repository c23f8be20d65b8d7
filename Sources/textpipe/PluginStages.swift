import TextPipe

/// The stage types of the modules under Plugins/, registered after the
/// standard stages. Each plugin module adds its import above and its types here.
let pluginStages: [any Stage.Type] = []
