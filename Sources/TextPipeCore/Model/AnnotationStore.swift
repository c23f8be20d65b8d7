/// Names a custom annotation and its value type: the typed extension point
/// through which stages beyond the standard five attach their results.
///
/// ```swift
/// enum LanguageKey: AnnotationKey {
///     typealias Value = String
///     static let name = "language"
/// }
/// document.annotations[LanguageKey.self] = "en"
/// ```
/// The value is written to the output as a top-level key named ``name``.
public protocol AnnotationKey {
    /// The value's type.
    associatedtype Value: Encodable & Sendable
    /// The output key; must not be one of the standard keys.
    static var name: String { get }
}

/// Custom annotations of one document, keyed by ``AnnotationKey`` types.
public struct AnnotationStore: Sendable {
    /// The stored values with their output names, in insertion order.
    public private(set) var entries: [(name: String, value: any Encodable & Sendable)] = []

    /// Creates an empty store.
    public init() {}

    /// The value for `key`, or `nil`; setting `nil` removes it.
    public subscript<Key: AnnotationKey>(key: Key.Type) -> Key.Value? {
        get { self[named: Key.name] as? Key.Value }
        set { self[named: Key.name] = newValue }
    }

    /// The value written under the output key `name`, or `nil`; setting `nil`
    /// removes it. For stages whose keys are only known at run time (`exec`);
    /// typed stages use an ``AnnotationKey`` instead.
    public subscript(named name: String) -> (any Encodable & Sendable)? {
        get { entries.first { $0.name == name }?.value }
        set {
            let index = entries.firstIndex { $0.name == name }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((name, value))
            case (nil, nil): break
            }
        }
    }

    /// Whether no custom annotation is stored.
    public var isEmpty: Bool { entries.isEmpty }
}
