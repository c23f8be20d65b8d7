
import Foundation
enum DEBUGX {
    static let on = ProcessInfo.processInfo.environment["DEBUGX"] != nil
    static func show(_ tree: PageTree, _ i: Int, _ label: String) {
        let n = tree.nodes[i]
        var first = ""
        if n.blocks.count > 0 { let b = tree.blocks[Int(n.blocks.lowerBound)]; first = String(decoding: tree.text[Int(b.text.lowerBound)..<min(Int(b.text.upperBound), Int(b.text.lowerBound)+60)], as: UTF8.self) }
        FileHandle.standardError.write("\(label) node \(i) parent \(n.parent) end \(n.end) code \(n.name.code) class \(n.cue.classHash % 10000) w \(n.cue.weight) chars \(n.totals.characters) ld \(n.totals.linkDensity) flags \(n.flags.rawValue) | \(first)\n".data(using: .utf8)!)
    }
}
