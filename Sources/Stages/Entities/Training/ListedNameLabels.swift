import TextPipeCore

/// Brings training labels in line with the target scheme where the word lists
/// are sure: a name listed only as a place is LOC and one listed only as an
/// organisation is ORG. News annotations tag places by role ("Tehran said"
/// as ORG) and carry plain noise ("U.N." as LOC); web annotations tag them by kind.
enum ListedNameLabels {
    /// `document`'s entities relabelled, and how many changed.
    static func harmonized(_ document: EntityTrainingDocument) -> (EntityTrainingDocument, Int) {
        var changed = 0
        var result = document
        document.document.withUTF8 { bytes in
            for (index, entity) in document.entities.enumerated()
            where [.person, .organization, .location].contains(entity.label) {
                let classes = Gazetteer.classes(FoldedHash.of(bytes, entity.span.start..<entity.span.end))
                let listed: EntityLabel? =
                    classes.contains(.place) && !classes.contains(.organisation) ? .location
                    : classes.contains(.organisation) && !classes.contains(.place) ? .organization : nil
                if let listed, listed != entity.label {
                    result.entities[index].label = listed
                    changed += 1
                }
            }
        }
        return (result, changed)
    }
}
