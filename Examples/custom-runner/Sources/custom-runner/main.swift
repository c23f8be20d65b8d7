import TextPipe
import TextPipeCLI

// The whole textpipe command line (run, validate, stages, ...) with one more stage.
TextPipeCommand.main(registry: StandardStages.registry.adding([HeadlineStage.self]))
