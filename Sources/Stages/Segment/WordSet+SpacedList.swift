import TextPipeCore

extension WordSet {
    /// The words of a list written several to a line, separated by spaces
    /// (`#` starts a comment), as this module's lists are.
    static func words(inSpacedList list: String) -> [String] {
        WordSet.entries(ofList: list).flatMap { $0.split(separator: " ").map(String.init) }
    }

    /// A set of the words of a list written several to a line.
    init(spacedList list: String) {
        self.init(Self.words(inSpacedList: list))
    }
}
