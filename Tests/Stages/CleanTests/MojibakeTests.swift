import Testing
import TextPipeCore
@testable import TextPipeClean

/// `text` as UTF-8 bytes decoded by Windows-1252 (undefined bytes as C1 controls).
private func damaged(_ text: String) -> String {
    let windows1252: [UInt8: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
    let scalars = text.utf8.map { Unicode.Scalar(windows1252[$0] ?? UInt32($0))! }
    return String(String.UnicodeScalarView(scalars))
}

private func repaired(_ text: String) throws -> Document {
    try cleaned(text) { $0.boilerplate = false }
}

@Suite struct MojibakeTests {
    @Test func repairsTheCommonSequences() throws {
        let cases: [(String, String)] = [
            ("CafÃ© au lait", "Café au lait"),
            ("It doesnâ€™t matter", "It doesn’t matter"),
            ("â€œQuotedâ€\u{9D} words", "“Quoted” words"),
            ("2010â€“2020 â€” a decade", "2010–2020 — a decade"),
            ("Price: 5Â\u{A0}â‚¬", "Price: 5 €"),
            ("ZÃ¼rich and MÃ¼nchen", "Zürich and München"),
            ("Â£20 and 30Â°C", "£20 and 30°C"),
            ("Wait. . . â€¦ and â€˜noâ€™", "Wait. . . … and ‘no’"),
        ]
        for (input, expected) in cases {
            #expect(try repaired(input).text == expected)
        }
    }

    @Test func repairsWhatTheEncoderMadeOfAnyText() throws {
        let original = "Ünïcödé “façade” — naïve 😀 Łódź Ærø ñandú €5 №7"
        #expect(try repaired(damaged(original)).text == original)
        #expect(try repaired(damaged("Привет, мир")).text == "Привет, мир")
        #expect(try repaired(damaged("東京と大阪")).text == "東京と大阪")
    }

    @Test func countsRepairsIntoMeta() throws {
        let document = try repaired("CafÃ© and itâ€™s")
        #expect(document.meta["repaired_mojibake"] == .integer(2))
        #expect(try repaired("Café").meta["repaired_mojibake"] == nil)
    }

    @Test func repairsDoubleDamageOnce() throws {
        let twice = damaged(damaged("résumé"))
        #expect(twice == "rÃƒÂ©sumÃƒÂ©")
        #expect(try repaired(twice).text == "résumé")
        // Three layers are beyond the two passes: one layer stays.
        #expect(try repaired(damaged(twice)).text == damaged("résumé"))
    }

    @Test func dropsTheLeadOfANoBreakSpaceThatBecameASpace() throws {
        #expect(try repaired("100Â km from MrÂ Smith").text == "100 km from Mr Smith")
        #expect(try repaired("ROMÂ NIA").text == "ROMÂ NIA")
    }

    @Test func leavesRealAccentedTextAlone() throws {
        let texts = [
            "Le château de la reine, âgé de trois siècles, coûte cher.",
            "« Un café »\u{A0}: il a dit « à bientôt » et « Noël ».",
            "Il a commandé un café\u{A0}» puis est parti.",
            "São Paulo e Ãlvaro; JOÃO e MARIA; Ângela; ÉCOLE.",
            "»Straße« und »Fuß« — Grüße aus Köln, Übermaß.",
            "CAFÉ’s menu, NOËL”, ESPAÑA” and Æ’s.",
            "Þór and Ðorđe, 3×½ cup, ¿Qué?, ¡Olé!",
            "Ÿ and œuvre, Ženeva, Škoda, naïve façade",
        ]
        for text in texts {
            let document = try repaired(text)
            #expect(document.text == text.replacingOccurrences(of: "\u{A0}", with: " "))
            #expect(document.meta["repaired_mojibake"] == nil)
        }
    }

    @Test func offLeavesDamage() throws {
        #expect(try cleaned("CafÃ©") { $0.mojibake = false }.text == "CafÃ©")
    }

    @Test func worksOnEntitiesOfHTML() throws {
        let page = "<p>Caf&Atilde;&copy; itâ€™s</p>"
        #expect(try cleaned(page, format: .html).text == "Café it’s")
    }
}
