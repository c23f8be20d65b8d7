import Foundation
import TextPipeCore

/// The topic model that ships with textpipe: BBC news in five topics
/// (business, entertainment, politics, sport, tech), rebuilt by
/// `scripts/train-topic-model`.
enum NewsTopicModel {
    /// The model, read once per process from the module's resources.
    static let shipped: Result<TopicModel, StageError> = Result {
        guard let url = Bundle.module.url(forResource: "news-topics", withExtension: "tpmodel") else {
            throw StageError("the built-in news topic model is missing from textpipe's resources")
        }
        return try TopicModel(contentsOfFile: url.path)
    }.mapError { $0 as? StageError ?? StageError("\($0)") }
}
