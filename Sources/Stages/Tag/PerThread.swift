import Foundation

/// Values kept per thread (in its thread dictionary): scratch tables that
/// the tag stage reuses from one document to the next without a lock,
/// while the stage itself stays immutable.
final class PerThread<Value> {
    /// The calling thread's value.
    var value: Value

    private init(_ value: Value) { self.value = value }

    /// The calling thread's box under `key`, made with `initial` on its first use.
    static func box(_ key: String, initial: () -> Value) -> PerThread<Value> {
        let dictionary = Thread.current.threadDictionary
        if let box = dictionary[key] as? PerThread<Value> { return box }
        let box = PerThread(initial())
        dictionary[key] = box
        return box
    }
}
