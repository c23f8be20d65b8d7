/// Tags a token cannot take whatever the weights say: structural facts about
/// names that hold in every domain, applied in training and at run time.
struct TagRestrictions: OptionSet {
    let rawValue: UInt8

    /// The token cannot begin an entity (no B, no U).
    static let cannotBegin = TagRestrictions(rawValue: 1)
    /// The token cannot end an entity (no L, no U).
    static let cannotEnd = TagRestrictions(rawValue: 2)
    /// The token cannot continue the entity of the token before it (no I, no L).
    static let cannotContinue = TagRestrictions(rawValue: 4)
    /// The token is in no entity.
    static let outsideOnly: TagRestrictions = [.cannotBegin, .cannotEnd, .cannotContinue]

    /// Sets the scores of the tags ruled out to ``EntityModel/forbidden``.
    func apply(to scores: UnsafeMutablePointer<Float>, tagCount: Int) {
        guard !isEmpty else { return }
        // Tags repeat B, I, L, U per label after O.
        let ruledOut = (
            begin: contains(.cannotBegin), inside: contains(.cannotContinue),
            last: contains(.cannotEnd) || contains(.cannotContinue), unit: contains(.cannotBegin) || contains(.cannotEnd)
        )
        var begin = 1
        while begin + 3 < tagCount {
            if ruledOut.begin { scores[begin] = EntityModel.forbidden }
            if ruledOut.inside { scores[begin + 1] = EntityModel.forbidden }
            if ruledOut.last { scores[begin + 2] = EntityModel.forbidden }
            if ruledOut.unit { scores[begin + 3] = EntityModel.forbidden }
            begin += 4
        }
    }
}
