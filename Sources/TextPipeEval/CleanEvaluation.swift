import Foundation
import TextPipeCore

/// Main-text extraction against a folder of `ID.html` pages with
/// `truth.jsonl` (`{"id","url","text"}`), or a JSON Lines file of
/// `{"id","html","text"}`; see ``TextOverlap``.
struct CleanEvaluation: EvaluationTask {
    struct Item: Sendable {
        var id: String
        var html: String
        var truth: String
        var path: String?
    }

    struct Outcome: Sendable {
        var words: PrecisionRecall
        var shingles: PrecisionRecall
    }

    func items(gold path: String, limit: Int?) throws(EvaluationError) -> [Item] {
        guard GoldReader.isFolder(path) else {
            return try jsonLinesItems(path, limit: limit) { record throws(EvaluationError) in
                Item(id: record.id, html: try record.string("html"), truth: try record.string("text"))
            }
        }
        let folder = URL(fileURLWithPath: path)
        let truth = folder.appendingPathComponent("truth.jsonl").path
        guard FileManager.default.fileExists(atPath: truth) else {
            throw EvaluationError(
                "gold folder '\(path)' has no truth.jsonl; clean reads a folder of ID.html pages with truth.jsonl "
                    + #"({"id","text"} per line), or a JSON Lines file of {"id","html","text"}"#)
        }
        return try jsonLinesItems(truth, limit: limit) { record throws(EvaluationError) in
            let id = try record.string("id")
            let page = folder.appendingPathComponent("\(id).html").path
            guard FileManager.default.fileExists(atPath: page) else {
                throw EvaluationError("\(record.location): no page '\(id).html' for id '\(id)' in '\(path)'")
            }
            return Item(id: id, html: try GoldReader.contents(of: page), truth: try record.string("text"), path: page)
        }
    }

    func document(for item: Item) -> Document {
        Document(id: item.id, text: item.html, source: DocumentSource(path: item.path, format: .html))
    }

    func outcome(for item: Item, prediction: Document?) -> Outcome {
        let scores = TextOverlap.scores(predicted: prediction?.text ?? "", truth: item.truth)
        return Outcome(words: scores.words, shingles: scores.shingles)
    }

    func scores(_ outcomes: [Outcome]) -> [EvaluationReport.Group] {
        var words = MacroAverage()
        var shingles = MacroAverage()
        for outcome in outcomes {
            words.add(outcome.words)
            shingles.add(outcome.shingles)
        }
        return [
            .init(rows: rows(shingles, key: "shingle", label: "4-gram") + rows(words, key: "word", label: "word"))
        ]
    }

    private func rows(_ average: MacroAverage, key: String, label: String) -> [EvaluationReport.Row] {
        [
            .init("\(key)_precision", "\(label) precision", .fraction(average.precision)),
            .init("\(key)_recall", "\(label) recall", .fraction(average.recall)),
            .init("\(key)_f1", "\(label) F1", .fraction(average.f1)),
        ]
    }
}
