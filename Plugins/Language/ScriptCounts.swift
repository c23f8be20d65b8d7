import TextPipeCore

/// A writing system, as far as language identification needs to know it.
enum Script: CaseIterable, Sendable {
    case latin, cyrillic, greek, arabic, hebrew, devanagari, han, kana, hangul
}

/// How many letters of each script a text has.
struct ScriptCounts {
    private(set) var letters: [Script: Int] = [:]
    /// Cyrillic letters that Ukrainian has and Russian lacks (і ї є ґ).
    private(set) var ukrainianLetters = 0

    /// Counts the letters of `bytes`; ASCII is classified without decoding.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var latin = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if ASCII.isLetter(byte) { latin += 1 }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
            index += length
            guard let script = Self.script(of: scalar.value) else { continue }
            letters[script, default: 0] += 1
            if Self.isUkrainianOnly(scalar.value) { ukrainianLetters += 1 }
        }
        letters[.latin, default: 0] += latin
    }

    /// All letters counted.
    var total: Int { letters.values.reduce(0, +) }

    /// The script with the most letters (the earlier in ``Script`` on a tie),
    /// and its share of all letters.
    var dominant: (script: Script, share: Double)? {
        var best: (script: Script, count: Int)?
        for script in Script.allCases {
            let count = letters[script] ?? 0
            if count > (best?.count ?? 0) { best = (script, count) }
        }
        return best.map { ($0.script, Double($0.count) / Double(total)) }
    }

    /// Kana among the CJK characters: Japanese mixes them into Han text.
    var kanaShareOfCJK: Double {
        let kana = letters[.kana] ?? 0
        let cjk = kana + (letters[.han] ?? 0)
        return cjk == 0 ? 0 : Double(kana) / Double(cjk)
    }

    private static func script(of value: UInt32) -> Script? {
        switch value {
        case 0x00C0...0x024F, 0x1E00...0x1EFF: .latin
        case 0x0400...0x04FF: .cyrillic
        case 0x0370...0x03FF, 0x1F00...0x1FFF: .greek
        case 0x0600...0x06FF, 0x0750...0x077F: .arabic
        case 0x0590...0x05FF: .hebrew
        case 0x0900...0x097F: .devanagari
        case 0x3040...0x30FF: .kana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: .han
        case 0xAC00...0xD7AF, 0x1100...0x11FF: .hangul
        default: nil
        }
    }

    private static func isUkrainianOnly(_ value: UInt32) -> Bool {
        switch value {
        case 0x0404, 0x0406, 0x0407, 0x0454, 0x0456, 0x0457, 0x0490, 0x0491: true
        default: false
        }
    }
}
