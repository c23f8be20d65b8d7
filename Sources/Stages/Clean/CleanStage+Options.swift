import TextPipeCore

extension CleanStage {
    /// Options of the clean stage.
    public struct Options: StageOptions {
        /// When to read the text as HTML.
        public enum HTMLMode: String, Codable, Sendable {
            /// When the input is an HTML file or the text looks like HTML.
            case auto
            case always
            case never
        }

        /// When to strip Markdown.
        public enum MarkdownMode: String, Codable, Sendable {
            /// When the input is a Markdown file (`.md`) and was not read as HTML.
            case auto
            case never
        }

        /// When to turn HTML into text.
        public var html: HTMLMode = .auto
        /// When to strip Markdown markup, keeping its text.
        public var markdown: MarkdownMode = .auto
        /// Whether to keep only the page's main content (found by scoring its blocks); off keeps all text outside chrome.
        public var mainContent = true
        /// The Unicode normalisation form.
        public var normalization: NormalizationForm = .nfc
        /// Whether to regularise whitespace and remove invisible and control characters.
        public var whitespace = true
        /// Whether to drop boilerplate lines (sharing buttons, datelines, bylines, link teasers, ads,
        /// repeated title), reading title, author and date from the text's top into `meta`.
        public var boilerplate = true

        /// A Unicode normalisation form.
        public enum NormalizationForm: String, Codable, Sendable {
            /// Canonical composition: `e` + U+0301 becomes `é`; changes no meaning.
            case nfc
            /// Compatibility composition: also folds ligatures (`ﬁ` to `fi`), full-width forms, superscripts.
            case nfkc
            /// Leaves the text alone.
            case none
        }

        /// The default options.
        public init() {}

        enum CodingKeys: String, CodingKey {
            case html
            case markdown
            case mainContent = "main_content"
            case normalization
            case whitespace
            case boilerplate
            case mojibake
            case hyphenation
            case repeatedLines = "repeated_lines"
        }

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation(
                    "html", type: "auto | always | never",
                    help: "Turn HTML into text: auto does so for .html input and text that looks like HTML."),
                OptionDocumentation(
                    "markdown", type: "auto | never",
                    help: "Strip Markdown (headings, emphasis, links, code fences) from .md input, keeping its text."),
                OptionDocumentation(
                    "main_content", type: "boolean",
                    help: "Keep only the page's main text (scored by text and link density, tags, class names)."),
                OptionDocumentation(
                    "normalization", type: "nfc | nfkc | none",
                    help: "Unicode normalisation form; nfkc also folds ligatures and full-width forms."),
                OptionDocumentation(
                    "whitespace", type: "boolean",
                    help: "LF line ends, single spaces, trimmed lines, one blank line between paragraphs."),
                OptionDocumentation(
                    "boilerplate", type: "boolean",
                    help: "Drop page furniture (Share, Advertisement, Updated: ..., a repeated title), bylines and link teasers (Also read: ...); read title, author and date into meta."),
                OptionDocumentation(
                    "mojibake", type: "boolean",
                    help: "Repair UTF-8 text once read as Windows-1252 or Latin-1: Ã© to é, â€™ to ’."),
                OptionDocumentation(
                    "hyphenation", type: "boolean",
                    help: "Remove soft hyphens and join words hyphenated across a line break (infor-/mation)."),
                OptionDocumentation(
                    "repeated_lines", type: "boolean",
                    help: "Drop short lines repeated 3 or more times (after the first) and a line repeating the one before."),
            ]
        }

        /// Whether to repair text once decoded as Windows-1252 or Latin-1 ("Ã©" to "é").
        public var mojibake = true
        /// Whether to remove soft hyphens and join words hyphenated across a line break.
        public var hyphenation = true
        /// Whether to drop later copies of short lines repeated 3 or more times, and
        /// a line equal to the line before it.
        public var repeatedLines = true
    }
}
