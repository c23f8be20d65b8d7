import Foundation
import Testing

/// `textpipe train tags` on a small hand-written set, then a pipeline that uses the model.
@Suite struct TrainTagsCommandTests {
    static let trainingData = [
        ("weather", "Heavy rain and strong wind are expected, with snow on the hills and frost overnight."),
        ("weather", "The forecast says sunshine in the morning, then clouds, showers and a cold wind."),
        ("weather", "Thunder and lightning followed the heatwave, and the storm brought floods and hail."),
        ("weather", "Fog will clear by noon, leaving a dry sunny afternoon with light wind and mild temperatures."),
        ("music", "The band played their new album live, and the guitarist and drummer thrilled the crowd."),
        ("music", "The orchestra rehearsed the symphony while the choir sang and the pianist tuned the piano."),
        ("music", "Her debut single topped the charts, and the singer announced a concert tour with her band."),
        ("music", "The drummer left the band before the album was recorded, so the guitarist sang the songs."),
    ]

    private func writeTrainingData(to folder: TemporaryFolder) throws -> String {
        let lines = try Self.trainingData.enumerated().map { index, example in
            let object = ["id": "d\(index)", "topic": example.0, "body": example.1]
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
        }
        try folder.write("train.jsonl", lines.joined(separator: "\n") + "\n")
        return folder.path("train.jsonl")
    }

    @Test func trainsAModelThatAPipelineUses() throws {
        let folder = try TemporaryFolder()
        let data = try writeTrainingData(to: folder)
        let model = folder.path("topics.tpmodel")
        let train = try TextPipeBinary.run([
            "train", "tags", "--data", data, "--label-field", "topic", "--text-field", "body", "--min-df", "1",
            "--output", model,
        ])
        #expect(train.status == 0, "\(train.standardError)")
        #expect(train.standardError.contains("wrote \(model)"))
        try folder.write("pipeline.yaml", """
            name: topics
            stages:
              - segment
              - tag: {model: "\(model)", keywords: 0}
            """)
        let run = try TextPipeBinary.run(
            ["run", folder.path("pipeline.yaml"), "--input", "-", "--output", "-"],
            standardInput: #"{"id": "x", "text": "Expect snow, frost and a cold wind tonight."}"# + "\n")
        #expect(run.status == 0, "\(run.standardError)")
        let document = try #require(try jsonLines(run.standardOutput).first)
        let tags = try #require(document["tags"] as? [[String: Any]])
        #expect(tags.first?["name"] as? String == "weather")
    }

    @Test func sameDataGivesTheSameModelFile() throws {
        let folder = try TemporaryFolder()
        let data = try writeTrainingData(to: folder)
        for name in ["a.tpmodel", "b.tpmodel"] {
            let result = try TextPipeBinary.run(
                ["train", "tags", "--data", data, "--label-field", "topic", "--text-field", "body", "--output", folder.path(name)])
            #expect(result.status == 0, "\(result.standardError)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("a.tpmodel")))
            == Data(contentsOf: URL(fileURLWithPath: folder.path("b.tpmodel"))))
    }

    @Test func crossValidationPrintsEachFoldAndTheMean() throws {
        let folder = try TemporaryFolder()
        let data = try writeTrainingData(to: folder)
        let result = try TextPipeBinary.run(
            ["train", "tags", "--data", data, "--label-field", "topic", "--text-field", "body", "--min-df", "1", "--cross-validate", "2"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("fold") == true)
        #expect(lines.count == 4)
        #expect(lines.last?.hasPrefix("mean") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.path("topics.tpmodel")))
    }

    @Test func unusableDataExitsTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("one-label.jsonl", #"{"text": "Rain again.", "category": "weather"}"# + "\n")
        let oneLabel = try TextPipeBinary.run(["train", "tags", "--data", folder.path("one-label.jsonl"), "--output", folder.path("m")])
        #expect(oneLabel.status == 2)
        #expect(oneLabel.standardError.contains("two or more labels"))
        try folder.write("no-label.jsonl", #"{"text": "Rain again."}"# + "\n")
        let noLabel = try TextPipeBinary.run(["train", "tags", "--data", folder.path("no-label.jsonl"), "--output", folder.path("m")])
        #expect(noLabel.status == 2)
        #expect(noLabel.standardError.contains("no-label.jsonl:1"))
    }
}
