import TextPipe

print(StandardStages.registry.names)
