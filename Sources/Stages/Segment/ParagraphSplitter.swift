/// Finds paragraphs: blocks of text separated by blank lines.
///
/// Text that never leaves a blank line (JSON Lines records, cleaned text)
/// usually writes one paragraph per line instead, so there a line break
/// that ends a sentence also ends a paragraph, while a line wrapped inside a
/// sentence does not.
enum ParagraphSplitter {
    /// The token ranges of the blocks of `text` between blank lines, and
    /// whether the text has any blank line at all.
    static func blocks(of text: TokenText) -> (blocks: [Range<Int>], hasBlankLine: Bool) {
        var blocks: [Range<Int>] = []
        var start = 0
        for index in 1..<max(text.count, 1) where text.lineBreaks(before: index) >= 2 {
            blocks.append(start..<index)
            start = index
        }
        if start < text.count { blocks.append(start..<text.count) }
        return (blocks, blocks.count > 1)
    }

    /// The token ranges of the paragraphs of a text without blank lines: runs
    /// of `sentences` up to each sentence that ends at a line break.
    static func lines(of text: TokenText, sentences: [Range<Int>]) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var start = 0
        for sentence in sentences where sentence.upperBound < text.count {
            if text.lineBreaks(before: sentence.upperBound) > 0 {
                paragraphs.append(start..<sentence.upperBound)
                start = sentence.upperBound
            }
        }
        if start < text.count { paragraphs.append(start..<text.count) }
        return paragraphs
    }
}
