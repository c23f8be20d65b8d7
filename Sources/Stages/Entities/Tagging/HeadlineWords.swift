import TextPipeCore

/// The short function words a title-cased line leaves in lower case
/// ("Talks on Trade and Security in Geneva"): a line whose other words are all
/// capitalised is a heading, not a run of names.
enum HeadlineWords {
    static let minor = WordSet(
        """
        a an the and or nor but of in on at to for by with from as via vs per into onto over off up
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Whether token `index` of `text` is one of the ``minor`` words, written in lower case.
    @inline(__always)
    static func isLowercaseMinor(_ index: Int, in text: TokenText) -> Bool {
        ASCII.isLower(text.firstByte(index)) && text.isWord(index, in: minor)
    }

    /// Whether `word` (bytes of one word) is one of the ``minor`` words, in any case.
    static func isMinor(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        minor.contains(bytes, word, foldingCase: true)
    }
}
