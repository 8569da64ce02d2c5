extension RandomAccessCollection where Index == Int {
    /// The first index whose element is `inSecondPart`, by binary search: elements must be false
    /// for it, then true (`endIndex` when none is).
    func partitionPoint(_ inSecondPart: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if inSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
