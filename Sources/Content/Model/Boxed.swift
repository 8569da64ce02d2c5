/// A value held apart, behind a pointer: for a large part of a value type that is often absent (a
/// recommendation's response, its status), so that every copy and array element without it costs the
/// 8 bytes of the pointer, not the part's size. Immutable (a change makes a new box); equal by value.
public final class Boxed<Value: Sendable & Hashable>: Sendable, Hashable {
    public let value: Value

    public init(_ value: Value) { self.value = value }

    public static func == (lhs: Boxed, rhs: Boxed) -> Bool { lhs === rhs || lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
