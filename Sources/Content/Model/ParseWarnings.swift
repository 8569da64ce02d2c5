/// A document's warnings in order, held compactly: where recommendations in a row draw the same
/// warnings, each the next number a fixed number of lines on (bare headings: "Recommendation N has no
/// text", "… has no response"), the first recommendation's are held with the run's length, not each
/// (100,000 headings' 200,000 warnings took 6.4 MB). Reads as the whole sequence, one at a time.
public struct ParseWarnings: RandomAccessCollection, RangeReplaceableCollection, Hashable, Sendable,
    ExpressibleByArrayLiteral, CustomStringConvertible {
    /// Every warning outside a run, and each run's first one or two, in order.
    private var stored: [ParseWarning] = []
    /// The runs, in order.
    private var runs: [Run] = []
    public private(set) var count = 0
    /// How many warnings are held one by one (for tests of their size).
    var storedCount: Int { stored.count }

    /// `period` stored warnings from `storedStart`, then each again advanced a number and `lineStep`
    /// lines, up to `length` warnings in all, from `start` in the sequence.
    private struct Run: Hashable, Sendable {
        var start: Int
        var storedStart: Int
        var period: Int
        var length: Int
        var lineStep: Int

        var end: Int { start + length }
        var storedEnd: Int { storedStart + period }
    }

    public init() {}

    public init(arrayLiteral elements: ParseWarning...) { self.init(elements) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> ParseWarning {
        precondition(position >= 0 && position < count, "index out of range")
        // The last run starting at or before the position.
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].start <= position { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return stored[position] }
        let run = runs[low - 1]
        let offset = position - run.start
        guard offset < run.length else { return stored[run.storedEnd + offset - run.length] }
        // Every warning of a run was checked to be its pattern's, advanced, when it was appended.
        return Self.element(offset, of: run, in: stored)!
    }

    /// The run's warning at `offset`; nil past its pattern where the pattern's warning is of a kind
    /// that does not advance.
    private static func element(_ offset: Int, of run: Run, in stored: [ParseWarning]) -> ParseWarning? {
        let repeats = offset / run.period
        let first = stored[run.storedStart + offset % run.period]
        return repeats == 0 ? first : first.advanced(by: repeats, lines: repeats * run.lineStep)
    }

    /// Appends a warning, extending the last run, or starting one from the warnings before it, when it
    /// follows on from them.
    public mutating func append(_ warning: ParseWarning) {
        defer { count += 1 }
        if let run = runs.last, run.end == count, run.storedEnd == stored.count,
           warning.isExactly(Self.element(run.length, of: run, in: stored)) {
            runs[runs.count - 1].length += 1
            return
        }
        // A run of one or two warnings a recommendation starts from the stored ones after the last run.
        let free = stored.count - (runs.last?.storedEnd ?? 0)
        for period in 1...2 where free >= period {
            let first = stored[stored.count - period]
            guard let step = warning.lineStep(from: first), warning.isExactly(first.advanced(by: 1, lines: step)),
                  stored.suffix(period).allSatisfy({ $0.advanced(by: 1, lines: step) != nil }) else { continue }
            runs.append(Run(start: count - period, storedStart: stored.count - period, period: period, length: period + 1, lineStep: step))
            return
        }
        stored.append(warning)
    }

    public mutating func replaceSubrange<C: Collection<ParseWarning>>(_ subrange: Range<Int>, with newElements: C) {
        if subrange.isEmpty && newElements.isEmpty { return }
        if subrange.lowerBound == count {
            for warning in newElements { append(warning) }
            return
        }
        if subrange == 0..<0 {
            // Warnings put first (the file's own, before the parser's): the rest's runs move along.
            var result = ParseWarnings(newElements)
            let (shift, storedShift) = (result.count, result.stored.count)
            result.stored += stored
            result.runs += runs.map { run in
                var moved = run
                moved.start += shift
                moved.storedStart += storedShift
                return moved
            }
            result.count += count
            self = result
            return
        }
        var all = Array(self)
        all.replaceSubrange(subrange, with: newElements)
        self = ParseWarnings(all)
    }

    /// Two sequences of warnings are equal when they hold the same warnings, however they are held.
    public static func == (lhs: ParseWarnings, rhs: ParseWarnings) -> Bool { lhs.elementsEqual(rhs) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for warning in self { hasher.combine(warning) }
    }

    public var description: String { Array(self).description }
}
