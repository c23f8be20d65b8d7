import Testing
import TextPipeCore

/// Shards: parsing, the fixed id hash, and batch engines' index variables.
@Suite struct ShardSpecTests {
    @Test func readsKOfN() {
        #expect(ShardSpec("2/8") == ShardSpec(index: 2, count: 8))
        #expect(ShardSpec("0/1")?.description == "0/1")
        #expect(ShardSpec("2/8")?.fileSuffix == "-2-of-8")
    }

    @Test(arguments: ["8/8", "-1/4", "1/0", "1", "a/b", "1/2/3", ""])
    func rejectsWhatIsNotAShard(_ text: String) {
        #expect(ShardSpec(text) == nil)
    }

    /// FNV-1a 64 of the UTF-8 id, computed independently: the same on every machine and Swift version.
    @Test(arguments: [("doc-1", 3), ("politics/article-17.txt", 4), ("Zürich", 0)])
    func theIdHashIsFixed(id: String, shardOfEight: Int) {
        #expect(ShardSpec.shard(ofID: id, count: 8) == shardOfEight)
        #expect(ShardSpec(index: shardOfEight, count: 8)!.contains(id: id))
        #expect(!ShardSpec(index: (shardOfEight + 1) % 8, count: 8)!.contains(id: id))
    }

    @Test func everyIdIsInExactlyOneShard() {
        let shards = (0..<5).map { ShardSpec(index: $0, count: 5)! }
        for number in 0..<200 {
            #expect(shards.filter { $0.contains(id: "doc-\(number)") }.count == 1)
        }
    }

    @Test func batchEnginesGiveTheIndex() throws {
        #expect(try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "3"], count: 4) == ShardSpec(index: 3, count: 4))
        #expect(try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "0"], count: 2) == ShardSpec(index: 0, count: 2))
        #expect(try ShardSpec.fromEnvironment([:], count: 2) == nil)
        #expect(throws: StageError.self) { try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "4"], count: 4) }
        #expect(throws: StageError.self) { try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "x"], count: 4) }
    }
}
