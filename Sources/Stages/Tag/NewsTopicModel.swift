import Foundation
import TextPipeCore

/// The topic model that ships with textpipe: BBC news in five topics
/// (business, entertainment, politics, sport, tech), rebuilt by
/// `scripts/train-topic-model`.
enum NewsTopicModel {
    /// The model, read once per process from the module's resources.
    static let shipped: Result<TopicModel, StageError> = Result {
        guard let path = BundledResource.path(of: "news-topics.tpmodel", bundle: "textpipe_TextPipeTag") else {
            throw StageError(
                "the built-in news topic model is missing: \(BundledResource.whereToKeep("textpipe_TextPipeTag")), or set the tag stage's model option")
        }
        return try TopicModel(contentsOfFile: path)
    }.mapError { $0 as? StageError ?? StageError("\($0)") }
}
