import Learning
import Testing

/// `Parallel.batched` writes each batch straight into the result: the same elements, in the same
/// order, as mapping every index, whatever the batch size and however the last batch falls short.
@Suite struct ParallelBatchedTests {
    @Test(arguments: [(0, 16), (1, 16), (15, 1), (100, 16), (1_000, 7), (4_099, 16)])
    func sameAsMappingEveryIndex(_ count: Int, _ size: Int) {
        let made = Parallel.batched(count: count, size: size) { batch in batch.map { "item \($0)" } }
        #expect(made == (0..<count).map { "item \($0)" })
    }
}
