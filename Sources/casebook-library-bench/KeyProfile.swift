import Foundation

// `--keys LIBRARY QUERY [TIMES]`: one query typed at `/` again and again (after the read-ahead), each
// key's median processor time and wall clock: a steady load to profile (`perf record -g`) one query's keys.
enum KeyProfile {
    @MainActor static func measure(_ path: String, query: String, times: Int) throws {
        var browsing = try BrowsingMeasures.open(path)
        _ = BrowsingMeasures.prepareSearch(browsing)
        var wall: [[Double]] = [], cpu: [[Double]] = []
        for _ in 0..<max(1, times) {
            wall.append(BrowsingMeasures.typing(query, in: &browsing))
            cpu.append(BrowsingMeasures.lastTypingCPU)
        }
        func medians(_ runs: [[Double]]) -> [Double] {
            runs[0].indices.map { key in runs.map { $0[key] }.sorted()[runs.count / 2] }
        }
        let keys = ["/"] + query.map(String.init)
        let (wallKeys, cpuKeys) = (medians(wall), medians(cpu))
        for index in keys.indices {
            print("/" + query.prefix(index).padding(toLength: 48, withPad: " ", startingAt: 0)
                  + String(format: "%6.1f ms  processor %6.1f ms", wallKeys[index] * 1000, cpuKeys[index] * 1000))
        }
    }
}
