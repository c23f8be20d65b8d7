import TextPipe
import TextPipeCLI

TextPipeCommand.main(registry: StandardStages.registry.adding(pluginStages))
