import TextPipeCore

/// Finds e-mail addresses, URLs and phone numbers straight on the bytes: they
/// cut across tokens ("ada@example.com" is seven tokens), so they are found
/// before, and win over, every token-based rule.
struct ContactScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    /// E-mails, URLs and phone numbers, sorted by start; where two overlap the
    /// earlier one wins, and at the same start e-mails beat URLs beat phones.
    func entities() -> [Entity] {
        // Stable sort: at equal starts the order of the concatenation decides.
        let candidates = (emails() + urls() + phoneNumbers()).enumerated().sorted {
            $0.element.span.start != $1.element.span.start
                ? $0.element.span.start < $1.element.span.start : $0.offset < $1.offset
        }.map(\.element)
        var found: [Entity] = []
        for candidate in candidates where candidate.span.start >= (found.last?.span.end ?? 0) {
            found.append(candidate)
        }
        return found
    }

    /// `local@domain.tld`, with the local part of letters, digits and `._%+-`.
    func emails() -> [Entity] {
        var found: [Entity] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "@") else {
                index += 1
                continue
            }
            var start = index
            while start > 0 && isLocalPartByte(bytes[start - 1]) { start -= 1 }
            while start < index && bytes[start] == UInt8(ascii: ".") { start += 1 }
            let end = domainEnd(from: index + 1)
            if start < index, let end {
                found.append(Entity(span: Span(start: start, end: end), label: .email, confidence: 0.95))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// `http://…`, `https://…`, `www.…`, and bare domains with a common top-level
    /// domain ("example.com", "example.co.uk/path").
    ///
    /// A scheme ("https:"), "www." and every domain begin with a word that
    /// runs into a dot or a colon, and most words do not: the scan goes from
    /// dot to colon, and looks back at the word before each.
    func urls() -> [Entity] {
        var found: [Entity] = []
        // Where the last address ended: no word before it is looked at again.
        var scanned = 0
        var mark = 0
        while mark < bytes.count {
            guard bytes[mark] == UInt8(ascii: ".") || bytes[mark] == UInt8(ascii: ":") else {
                mark += 1
                continue
            }
            let index = wordStart(before: mark, notBefore: scanned)
            mark += 1
            // Only a word that starts clear of what is before it can begin one.
            guard index < mark - 1, ASCII.isAlphanumeric(bytes[index]), isBoundary(before: index) else { continue }
            var end: Int?
            if hasPrefix("https://", at: index) || hasPrefix("http://", at: index) || hasPrefix("www.", at: index) {
                end = urlEnd(from: index)
            } else if let domain = domainEnd(from: index), bareDomainIsClear(index..<domain) {
                end = domain < bytes.count && bytes[domain] == UInt8(ascii: "/") ? urlEnd(from: domain) : domain
            }
            if let end, end > index + 4 {
                found.append(Entity(span: Span(start: index, end: end), label: .url, confidence: 0.95))
                scanned = end
                mark = end
            }
        }
        return found
    }

    /// Where the letters, digits and hyphens that end at `end` begin, but not
    /// before `limit`.
    private func wordStart(before end: Int, notBefore limit: Int) -> Int {
        var start = end
        while start > limit && (ASCII.isAlphanumeric(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "-")) {
            start -= 1
        }
        return start
    }

    /// The end of a domain name starting at `start`: dot-separated labels of
    /// letters, digits and hyphens, the last of two or more letters. Nil when there is none.
    func domainEnd(from start: Int) -> Int? {
        var index = start
        var lastDot: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-") {
                index += 1
            } else if byte == UInt8(ascii: "."), index + 1 < bytes.count, ASCII.isAlphanumeric(bytes[index + 1]),
                index > start, bytes[index - 1] != UInt8(ascii: ".")
            {
                lastDot = index
                index += 1
            } else {
                break
            }
        }
        while index > start && bytes[index - 1] == UInt8(ascii: "-") { index -= 1 }
        guard let lastDot, index - lastDot > 2 else { return nil }
        for position in lastDot + 1..<index where !ASCII.isLetter(bytes[position]) { return nil }
        return index
    }

    /// A bare domain counts only when its top-level domain is a common one
    /// written in lower case and nothing word-like is glued after it, so
    /// "file.txt", "end.It" and "U.S." stay out.
    private func bareDomainIsClear(_ range: Range<Int>) -> Bool {
        guard range.upperBound >= bytes.count || !isLocalPartByte(bytes[range.upperBound])
            || bytes[range.upperBound] == UInt8(ascii: ".")
        else { return false }
        var dot = range.upperBound - 1
        while bytes[dot] != UInt8(ascii: ".") { dot -= 1 }
        guard dot - range.lowerBound >= 2 else { return false }
        return topLevelDomains.contains(bytes, dot + 1..<range.upperBound)
    }

    /// The end of a URL: up to white space or a quote or angle bracket, without
    /// trailing sentence punctuation or an unbalanced closing bracket.
    private func urlEnd(from start: Int) -> Int {
        var end = start
        var openParentheses = 0
        while end < bytes.count {
            let byte = bytes[end]
            if ASCII.isWhitespace(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">")
            {
                break
            }
            if byte == UInt8(ascii: "(") { openParentheses += 1 }
            if byte == UInt8(ascii: ")") {
                if openParentheses == 0 { break }
                openParentheses -= 1
            }
            end += 1
        }
        while end > start, trailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
        return end
    }

    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where ASCII.lowercased(bytes[index + offset]) != prefix.utf8Start[offset] {
            return false
        }
        return true
    }

    /// Whether a URL or number may start at `index`: not glued to a word, an address or a path before it.
    func isBoundary(before index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        return !isLocalPartByte(previous) && previous != UInt8(ascii: "@") && previous != UInt8(ascii: "/")
            && previous != UInt8(ascii: ":")
    }

    private func isLocalPartByte(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }
}

private let trailingPunctuation: Set<UInt8> = Set(".,;:!?'\"".utf8)

/// Top-level domains common enough that "name.tld" in prose is an address;
/// two-letter ones that are also English words ("it", "me", "in") are left out.
private let topLevelDomains = WordSet(
    """
    com net org edu gov mil int info biz io co uk de fr es nl eu ie nz au ca jp cn ru ch se za br mx dev app ai ly
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
