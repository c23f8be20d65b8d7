import Language
import Testing
import TextPipeCore

@Suite struct LanguageStageTests {
    /// One news-like sentence per language, written for these tests.
    static let sentences: [(code: String, text: String)] = [
        ("en", "The council said on Monday that the new bridge would open in the spring, but residents are not convinced."),
        ("de", "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke im Frühjahr eröffnet wird, aber die Anwohner sind nicht überzeugt."),
        ("fr", "Le conseil municipal a annoncé lundi que le nouveau pont sera ouvert au printemps, mais les habitants ne sont pas convaincus."),
        ("es", "El ayuntamiento anunció el lunes que el nuevo puente se abrirá en primavera, pero los vecinos no están convencidos."),
        ("it", "Il consiglio comunale ha annunciato lunedì che il nuovo ponte sarà aperto in primavera, ma gli abitanti non sono convinti."),
        ("pt", "A câmara municipal anunciou na segunda-feira que a nova ponte será aberta na primavera, mas os moradores não estão convencidos."),
        ("nl", "De gemeenteraad heeft maandag besloten dat de nieuwe brug in het voorjaar wordt geopend, maar de bewoners zijn niet overtuigd."),
        ("sv", "Kommunen meddelade på måndagen att den nya bron ska öppnas till våren, men invånarna är inte övertygade."),
        ("pl", "Rada miasta ogłosiła w poniedziałek, że nowy most zostanie otwarty na wiosnę, ale mieszkańcy nie są przekonani."),
        ("tr", "Belediye meclisi pazartesi günü yeni köprünün ilkbaharda açılacağını duyurdu, ama sakinler bu karara çok güvenmiyor."),
        ("ru", "Городской совет объявил в понедельник, что новый мост откроется весной."),
        ("uk", "Міська рада оголосила в понеділок, що новий міст відкриється навесні."),
        ("el", "Το δημοτικό συμβούλιο ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει την άνοιξη."),
        ("ar", "أعلن مجلس المدينة يوم الاثنين أن الجسر الجديد سيفتح في الربيع."),
        ("ja", "市議会は月曜日、新しい橋が春に開通すると発表した。"),
        ("zh", "市议会周一宣布新桥将于春季开通。"),
        ("ko", "시의회는 월요일에 새 다리가 봄에 개통될 것이라고 발표했다."),
    ]

    private func guess(_ text: String, _ options: LanguageStage.Options = .init()) throws -> LanguageGuess? {
        var document = Document(id: "t", text: text)
        try LanguageStage(options: options).process(&document)
        return document.annotations[LanguageKey.self]
    }

    @Test(arguments: sentences.map(\.code))
    func identifiesEachLanguage(_ code: String) throws {
        let text = try #require(Self.sentences.first { $0.code == code }).text
        let result = try #require(try guess(text))
        #expect(result.code == code, "\(text)")
        #expect(result.confidence > 0.3 && result.confidence <= 1)
    }

    @Test func tooShortTextIsUndetermined() throws {
        #expect(try guess("Breaking news") == .undetermined)
        #expect(try guess("12 345 678 !!!") == .undetermined)
    }

    @Test func reportsOnlyTheAllowedLanguages() throws {
        var options = LanguageStage.Options()
        options.languages = ["es", "pt"]
        let italian = try #require(Self.sentences.first { $0.code == "it" }).text
        #expect(try guess(italian, options)?.code != "it")
        let russian = try #require(Self.sentences.first { $0.code == "ru" }).text
        #expect(try guess(russian, options) == .undetermined)
    }

    @Test func aQuoteInAnotherLanguageDoesNotWin() throws {
        let text = "The minister said the phrase « la vie est belle » was not a promise, and that the budget would stay as it was."
        #expect(try guess(text)?.code == "en")
    }

    @Test func refusesBadOptions() {
        var options = LanguageStage.Options()
        options.languages = ["en", "xx"]
        #expect(throws: StageError.self) { try LanguageStage(options: options) }
        options = LanguageStage.Options()
        options.minWords = 0
        #expect(throws: StageError.self) { try LanguageStage(options: options) }
    }

    @Test func documentsEveryOption() {
        #expect(LanguageStage.Options.documentation.map(\.name) == ["languages", "min_words"])
    }
}
