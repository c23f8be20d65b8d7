import Testing
import TextPipeCore

@Suite struct EnvironmentSubstitutionTests {
    private let substitution = EnvironmentSubstitution(environment: [
        "HOME_DIR": "/home/ada", "COUNT": "3", "EMPTY": "", "PRICE": "$5",
    ])

    private func apply(_ text: String) throws -> String {
        try substitution.apply(to: text)
    }

    @Test func replacesSetVariables() throws {
        #expect(try apply("${HOME_DIR}/out") == "/home/ada/out")
        #expect(try apply("${COUNT}x${COUNT}") == "3x3")
        #expect(try apply("plain text") == "plain text")
    }

    @Test func defaultsApplyWhenUnsetOrEmpty() throws {
        #expect(try apply("${MISSING:-fallback}") == "fallback")
        #expect(try apply("${EMPTY:-fallback}") == "fallback")
        #expect(try apply("${COUNT:-9}") == "3")
        #expect(try apply("${MISSING:-}") == "")
        #expect(try apply("${MISSING:-a:-b}") == "a:-b")
    }

    @Test func emptyVariableWithoutDefaultIsEmpty() throws {
        #expect(try apply("[${EMPTY}]") == "[]")
    }

    @Test func substitutedValuesAreNotExpandedAgain() throws {
        #expect(try apply("${PRICE}") == "$5")
    }

    @Test func dollarsWithoutBraceStayAndDoubleDollarIsEscaped() throws {
        #expect(try apply("cost: $5 and $") == "cost: $5 and $")
        #expect(try apply("$${COUNT}") == "${COUNT}")
        #expect(try apply("a$$b") == "a$b")
    }

    @Test func unsetVariableWithoutDefaultFails() {
        #expect {
            try apply("x ${NOPE} y")
        } throws: { error in
            (error as? EnvironmentSubstitution.Failure)?.message.hasPrefix("environment variable 'NOPE' is not set")
                == true
        }
    }

    @Test func unclosedReferenceFails() {
        #expect {
            try apply("${COUNT")
        } throws: { error in
            (error as? EnvironmentSubstitution.Failure)?.message == "unclosed '${' in '${COUNT'"
        }
    }

    @Test(arguments: ["${}", "${A-B}", "${a b:-x}", "${:-x}"])
    func invalidNamesFail(text: String) {
        #expect {
            try apply(text)
        } throws: { error in
            (error as? EnvironmentSubstitution.Failure)?.message.hasPrefix("invalid variable name") == true
        }
    }
}
