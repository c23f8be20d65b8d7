import Testing
import TextPipeCore

@Suite struct DiagnosticTests {
    @Test func locatedDiagnosticPrintsFileLineColumn() {
        let diagnostic = Diagnostic(file: "pipelines/news.yaml", line: 12, column: 7, message: "unknown stage 'x'")
        #expect(diagnostic.description == "pipelines/news.yaml:12:7: error: unknown stage 'x'")
    }

    @Test func diagnosticWithoutLocationPrintsFileOnly() {
        #expect(Diagnostic(file: "p.yaml", message: "empty").description == "p.yaml: error: empty")
        #expect(Diagnostic(file: "p.yaml", line: 3, message: "half").description == "p.yaml: error: half")
    }

    @Test func pipelineErrorsPrintOneDiagnosticPerLine() {
        let errors = PipelineErrors([
            Diagnostic(file: "a.yaml", line: 1, column: 2, message: "first"),
            Diagnostic(file: "a.yaml", message: "second"),
        ])
        #expect(errors.description == "a.yaml:1:2: error: first\na.yaml: error: second")
    }
}
