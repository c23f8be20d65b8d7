import Redact
import Testing
import TextPipeCore
import TextPipeTesting

/// Marker-style cases: `[[value|kind]]` must be masked as that kind, and
/// nothing else in the text may be touched.
@Suite struct RedactStageTests {
    /// Runs redact with the `stars` mask, which keeps offsets, and checks that
    /// exactly the marked values were masked, with their kinds.
    private func expectRedactions(_ source: String, kinds: [String]? = nil, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let marked = MarkedText(source)
        var options = RedactStage.Options()
        options.mask = .stars
        if let kinds { options.kinds = kinds }
        var document = Document(id: "t", text: marked.text)
        try RedactStage(options: options).process(&document)
        let found = (document.annotations[RedactionsKey.self] ?? []).map { "\($0.kind)@\($0.start)..<\($0.end)" }
        let expected = marked.marks.map { "\($0.label ?? "?")@\($0.span.start)..<\($0.span.end)" }
        #expect(found == expected, "in: \(marked.text)", sourceLocation: sourceLocation)
        var starred = Array(marked.text.utf8)
        for mark in marked.marks { starred.replaceSubrange(mark.span.start..<mark.span.end, with: repeatElement(UInt8(ascii: "*"), count: mark.span.length)) }
        #expect(document.text == String(decoding: starred, as: UTF8.self), sourceLocation: sourceLocation)
    }

    @Test func emailAddresses() throws {
        try expectRedactions("Write to [[jane.doe@example.org|email]] or [[desk+tips@news.example.co.uk|email]].")
        try expectRedactions("(<[[a_b-c@sub-domain.example.com|email]]>) but not user@localhost, @handle or x@y.z")
    }

    @Test func phoneNumbers() throws {
        try expectRedactions("Call [[+44 20 7946 0958|phone]], [[(020) 7946 0958|phone]] or [[030 1234567|phone]].")
        try expectRedactions("Ring [[555-0199|phone]], [[1-800-555-0199|phone]], [[+1 (555) 123-4567|phone]] today.")
        try expectRedactions("From abroad: [[0049 30 12345678|phone]]; mobile [[07700 900123|phone]]; [[555 123 4567|phone]].")
        try expectRedactions("Desk ([[555-0199|phone]]), fax [[+44 (0)20 7946 0959|phone]].")
    }

    @Test func numbersThatAreNotPhones() throws {
        try expectRedactions("On 2024-03-01 (or 01.03.2024, 1/3/2024) the 1990-2020 figures showed 1.250.000 visitors.")
        try expectRedactions("Budget: 12 500 000 euros, $12,500,000, 8400000 people, 12.5% growth, pi is 3.1415926.")
        try expectRedactions("The 2019 2020 2021 seasons, order 0012345, at 10:30:45, code 20240301, 4111 1111 1111 1112.")
    }

    @Test func cardNumbersPassingLuhn() throws {
        try expectRedactions("Card [[4111 1111 1111 1111|card]] expires 2027; also [[5500-0000-0000-0004|card]].")
        try expectRedactions("Amex [[378282246310005|card]], but 4111111111111112 and 0000 0000 0000 0000 are no cards.")
    }

    @Test func ibansPassingTheCheck() throws {
        try expectRedactions("Pay to [[GB82 WEST 1234 5698 7654 32|iban]] or [[DE89370400440532013000|iban]] NOW.")
        try expectRedactions("Not GB82 WEST 1234 5698 7654 33 nor DE89370400440532013001.")
    }

    @Test func ipAddresses() throws {
        try expectRedactions("Hosts [[192.168.0.1|ip]], [[10.0.0.254|ip]], [[2001:db8::8a2e:370:7334|ip]] and [[fe80::1|ip]].")
        try expectRedactions("Loopback [[::1|ip]]; full [[2001:0db8:0000:0000:0000:ff00:0042:8329|ip]].")
        try expectRedactions("Version 1.2.3, 256.1.1.1, 1.2.3.4.5, 01.2.3.4, 00:1A:2B:3C:4D:5E and add::face are no addresses.")
    }

    @Test func onlyTheChosenKinds() throws {
        try expectRedactions("Mail [[jane@example.org|email]], call 555-0199 from 10.0.0.1.", kinds: ["email"])
    }

    @Test func labelMaskReportsScalarOffsetsInTheNewText() throws {
        var document = Document(id: "t", text: "Café: jane@example.org, 555-0199.")
        try RedactStage(options: .init()).process(&document)
        #expect(document.text == "Café: [EMAIL], [PHONE].")
        let redactions = try #require(document.annotations[RedactionsKey.self])
        #expect(redactions == [Redaction(start: 6, end: 13, kind: .email), Redaction(start: 15, end: 22, kind: .phone)])
    }

    @Test func recordsAnEmptyListWhenNothingIsMasked() throws {
        var document = Document(id: "t", text: "Nothing personal here.")
        try RedactStage(options: .init()).process(&document)
        #expect(document.text == "Nothing personal here.")
        #expect(document.annotations[RedactionsKey.self] == [])
    }

    @Test func refusesUnknownOrNoKinds() {
        var options = RedactStage.Options()
        options.kinds = ["email", "passport"]
        #expect(throws: StageError.self) { try RedactStage(options: options) }
        options.kinds = []
        #expect(throws: StageError.self) { try RedactStage(options: options) }
    }

    @Test func failsADocumentAlreadySegmented() throws {
        var document = Document(id: "t", text: "Mail jane@example.org.")
        document.sentences = [Sentence(span: Span(start: 0, end: 22))]
        #expect(throws: StageError.self) { try RedactStage(options: .init()).process(&document) }
    }

    @Test func documentsEveryOption() throws {
        let keys = Set(RedactStage.Options.documentation.map(\.name))
        #expect(keys == ["kinds", "mask"])
        #expect(RedactStage.needs == [.cleanText])
    }
}
