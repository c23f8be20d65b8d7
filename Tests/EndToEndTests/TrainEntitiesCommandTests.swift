import Foundation
import Testing

/// `textpipe train entities` on a tiny invented corpus, then the model in a pipeline.
@Suite struct TrainEntitiesCommandTests {
    /// JSON Lines of invented sentences in one frame, with code-point offsets
    /// (the place names carry non-ASCII letters to check the offset conversion).
    private func corpus() -> String {
        let people = ["Zorbin Quell", "Mavra Tesk", "Olun Brisk", "Tavi Rennet", "Quorra Vale"]
        let places = ["Vántor", "Elgrâve", "Mörwick", "Dunhöllow", "Skélby"]
        var lines: [String] = []
        for index in 0..<20 {
            let person = people[index % people.count]
            let place = places[(index * 3 + 1) % places.count]
            let text = "\(person) visited \(place) on Monday."
            let placeStart = person.unicodeScalars.count + " visited ".unicodeScalars.count
            let entities: [[String: Any]] = [
                ["start": 0, "end": person.unicodeScalars.count, "label": "PER"],
                ["start": placeStart, "end": placeStart + place.unicodeScalars.count, "label": "LOC"],
            ]
            let object: [String: Any] = ["id": "d\(index)", "text": text, "entities": entities]
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func trainsAModelThatAPipelineCanUse() throws {
        let folder = try TemporaryFolder()
        try folder.write("train.jsonl", corpus())
        let trained = try TextPipeBinary.run([
            "train", "entities", "--data", folder.path("train.jsonl"), "--dev", folder.path("train.jsonl"),
            "--output", folder.path("tiny.tpmodel"), "--epochs", "3", "--min-feature-count", "1", "--prune-below", "0",
        ])
        #expect(trained.status == 0, "\(trained.standardError)")
        #expect(trained.standardError.contains("epoch 3/3"))
        #expect(trained.standardError.contains("40 used, 0 not on token boundaries"))
        #expect(FileManager.default.fileExists(atPath: folder.path("tiny.tpmodel")))

        try folder.write("in.jsonl", #"{"id": "x", "text": "Kell Dorran visited Zanthor on Monday."}"# + "\n")
        try folder.write(
            "p.yaml",
            "stages:\n  - segment\n  - entities: {model: \(folder.path("tiny.tpmodel")), labels: [PERSON, LOC]}\n")
        let run = try TextPipeBinary.run([
            "run", folder.path("p.yaml"), "--input", folder.path("in.jsonl"), "--output", folder.path("out.jsonl"),
            "--quiet",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let entities = try #require(try jsonLines(try folder.read("out.jsonl")).first?["entities"] as? [[String: Any]])
        #expect(entities.compactMap { $0["text"] as? String } == ["Kell Dorran", "Zanthor"])
        #expect(entities.compactMap { $0["label"] as? String } == ["PERSON", "LOC"])
    }

    @Test func aMalformedDataFileIsAUsageError() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.jsonl", "{\"text\": \"no entities\"}\n")
        let result = try TextPipeBinary.run([
            "train", "entities", "--data", folder.path("bad.jsonl"), "--output", folder.path("m.tpmodel"),
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("bad.jsonl:1"))
    }
}
