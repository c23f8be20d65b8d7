import TextPipeCore

/// Training copies in which people go by their given name alone, as e-mail
/// and chat name them ("ask Maria"): news names a person in full and then by
/// the surname, so a model trained on news alone rarely learns that a lone
/// given name is a person.
enum GivenNameCopies {
    /// A copy of `training` in which each person named in full whose first
    /// word is a listed given name keeps only that word: the other words are
    /// blanked out with spaces (so every byte offset stays), their tokens
    /// dropped, and the gold span shortened. Nil when no person qualifies.
    static func copy(of training: EntityTrainingDocument) -> EntityTrainingDocument? {
        guard let tokens = training.document.tokens else { return nil }
        var blanked: [Range<Int>] = []
        var entities = training.entities
        training.document.withUTF8 { bytes in
            let text = TokenText(bytes: bytes, tokens: tokens)
            for (position, entity) in training.entities.enumerated() where entity.label == .person {
                guard let first = tokens.firstIndex(where: { $0.span.start == entity.span.start }),
                    first + 1 < tokens.count, tokens[first].span.end < entity.span.end,
                    tokens.contains(where: { $0.span.end == entity.span.end }),
                    text.isGivenName(first)
                else { continue }
                blanked.append(tokens[first].span.end..<entity.span.end)
                entities[position].span = Span(start: entity.span.start, end: tokens[first].span.end)
            }
        }
        guard !blanked.isEmpty else { return nil }
        var copy = training
        copy.entities = entities
        copy.document.text = training.document.withUTF8 { bytes in
            var changed = Array(bytes)
            for range in blanked { for index in range { changed[index] = UInt8(ascii: " ") } }
            return String(decoding: changed, as: UTF8.self)
        }
        copy.document.tokens = tokens.filter { token in
            !blanked.contains { $0.lowerBound <= token.span.start && token.span.end <= $0.upperBound }
        }
        return copy
    }
}
