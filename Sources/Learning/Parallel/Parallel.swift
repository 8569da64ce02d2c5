import Dispatch
import Foundation

/// Work spread over the machine's cores, for deriving a large document's facts: each element is
/// transformed on its own (pure functions of Sendable values), so the result is the same, in the
/// same order, as the sequential `map`. Public for the search index, built beside the learning.
public enum Parallel {
    /// `elements.map(transform)`, with contiguous runs of elements transformed concurrently.
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element],
                                                         _ transform: @Sendable (Element) -> Result) -> [Result] {
        let count = elements.count
        // A few runs per core, so that a core finishing early takes another; one run for small inputs.
        let runs = count < 16 ? 1 : min(count, 4 * ProcessInfo.processInfo.activeProcessorCount)
        guard runs > 1 else { return elements.map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for index in (count * run / runs)..<(count * (run + 1) / runs) {
                    slots.initialize(index, to: transform(elements[index]))
                }
            }
            initialized = count
        }
    }

    /// `(0..<count).map(element)`, made a batch of `size` indices at a time (`transform` gives a batch's
    /// elements in order) on the machine's cores, each batch written straight into the result, so that
    /// the batches and the result are never held whole at once.
    public static func batched<Result: Sendable>(count: Int, size: Int,
                                                 _ transform: @Sendable (Range<Int>) -> [Result]) -> [Result] {
        let batches = stride(from: 0, to: count, by: max(1, size)).map { $0..<min($0 + max(1, size), count) }
        guard batches.count > 1 else { return batches.flatMap(transform) }
        let runs = min(batches.count, 4 * ProcessInfo.processInfo.activeProcessorCount)
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for batch in batches[(batches.count * run / runs)..<(batches.count * (run + 1) / runs)] {
                    let made = transform(batch)
                    precondition(made.count == batch.count, "a batch gives one element for each of its indices")
                    for (offset, element) in made.enumerated() { slots.initialize(batch.lowerBound + offset, to: element) }
                }
            }
            initialized = count
        }
    }

    /// `(first(), second())`, the two computed at the same time.
    public static func both<First: Sendable, Second: Sendable>(_ first: @Sendable () -> First,
                                                        _ second: @Sendable () -> Second) -> (First, Second) {
        var firstResult: First?
        var secondResult: Second?
        withUnsafeMutablePointer(to: &firstResult) { firstSlot in
            withUnsafeMutablePointer(to: &secondResult) { secondSlot in
                let (firstSlot, secondSlot) = (Slots(base: firstSlot), Slots(base: secondSlot))
                DispatchQueue.concurrentPerform(iterations: 2) { which in
                    if which == 0 { firstSlot.initialize(0, to: first()) } else { secondSlot.initialize(0, to: second()) }
                }
            }
        }
        return (firstResult!, secondResult!)
    }

    /// Memory that concurrent iterations write to: unchecked, since each iteration writes only its
    /// own slots and the memory is read only after every iteration has finished.
    private struct Slots<Value>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Value>

        func initialize(_ index: Int, to value: Value) { (base + index).initialize(to: value) }
    }
}
