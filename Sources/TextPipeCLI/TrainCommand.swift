import ArgumentParser

/// `textpipe train KIND`: builds a model file from training data.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model for a stage from JSON Lines training data.",
        subcommands: [TrainEntitiesCommand.self, TrainTagsCommand.self]
    )
}
