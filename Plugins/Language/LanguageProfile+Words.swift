extension LanguageProfile {
    /// Frequent function words of each language written in Latin script, one
    /// list per language code: the words that make up a large share of any
    /// running text, whatever it is about. Single letters left by elision
    /// (`l'`, `d'`) are listed where they mark the language.
    static let functionWordLists: [(code: String, words: String)] = [
        (
            "en",
            """
            the of and to in is was that for it with as on be at by this have from or had not but are an
            they which you were her she there been his their has would will we can more its who when if
            what about so said one also after than into some them could only other new over just these
            """
        ),
        (
            "de",
            """
            der die das und ist nicht ein eine einen einem einer zu den dem des mit auf für von sich auch
            es im sie er wir ich wie aber oder noch nach bei aus wird werden wurde hat haben sind war sein
            nur schon dass durch über vor kein keine um zum zur doch wenn man jetzt immer
            """
        ),
        (
            "fr",
            """
            le la les et des de du un une est dans que qui pour pas sur au aux avec ne se ce cette il elle
            sont ont par plus mais ou son sa ses leur nous vous été être avait fait comme tout aussi très
            bien où sans entre deux après l d qu c n j s lui y
            """
        ),
        (
            "es",
            """
            el la los las y de del que en un una es por para con no se su sus lo al como más pero fue ha
            han este esta está son también muy sin sobre entre cuando hasta desde porque todo ya donde ser
            hay estos después le les dos
            """
        ),
        (
            "it",
            """
            il lo la gli le e di del della dei delle che è un una per con non si da in al alla sono ha
            anche come più ma questo questa nel nella degli era essere stato tutto molto dopo quando perché
            dove già ancora tra fra ci l dell all sul sulla
            """
        ),
        (
            "pt",
            """
            o a os as e de do da dos das que em um uma não é para com por se mais como mas foi ao na no nas
            nos seu sua seus ele ela são também muito já está ser tem quando pelo pela entre depois sobre
            isso até pode
            """
        ),
        (
            "nl",
            """
            de het een en van is dat op te in voor niet met zijn er aan ook als bij door maar om dan nog
            wel naar uit deze dit was werd worden wordt hij zij ze we wij heeft hebben kan meer geen over
            tot al
            """
        ),
        (
            "sv",
            """
            och att det som en ett är på för med av till den inte har de om var jag men han hon vi så kan
            eller från ut när efter också hade skulle bara vid mot under sina sitt hans hennes nu där
            detta dessa
            """
        ),
        (
            "pl",
            """
            i w na z się nie że do to jest jak po co ale od za o jego jej przez są był była było dla
            jednak tak już tylko przy oraz lub który która które może także bardzo ich też tym gdy nad pod
            """
        ),
        (
            "tr",
            """
            ve bir bu da de için ile çok daha gibi olarak ama en ne var yok olan sonra kadar her şey ben
            sen o biz siz onlar değil mi mı mu mü ise veya hem ancak göre ki diye üzere tüm bütün
            """
        ),
    ]
}
