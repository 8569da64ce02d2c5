#if canImport(Glibc)
import Glibc
#endif

/// Where glibc's malloc puts large blocks. By default it raises its threshold for mapping a block
/// on its own each time such a block is freed (up to 32 MB), so after the first large arrays are let
/// go, later ones come from the heap and stay resident once freed. Fixed at its starting value
/// (128 KB), a large array is returned to the system when let go: the browser's first frame on
/// 100,000 headings peaked at 82 MB resident with the moving threshold and 71 MB with it fixed.
public enum LargeAllocations {
    /// Called once, first thing, by each program that opens documents.
    public static func returnToTheSystemWhenFreed() {
        #if canImport(Glibc)
        // `mallopt` is in <malloc.h>, which the Glibc module does not bring in; glibc's own symbol.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(mmapThreshold, 128 * 1024)
        #endif
    }
}
