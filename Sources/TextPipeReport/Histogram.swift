/// Counts of values in equal-width bins, for the page to draw as bars.
struct Histogram: Equatable {
    /// One bar: values in `lower..<upper`.
    struct Bin: Equatable {
        var lower: Double
        var upper: Double
        var count: Int
    }

    var bins: [Bin]

    init(bins: [Bin]) {
        self.bins = bins
    }

    /// Consecutive bins holding `counts`, bin `n` starting at `bound(n)`.
    private init(counts: [Int], bound: (Int) -> Double) {
        bins = counts.enumerated().map { Bin(lower: bound($0.offset), upper: bound($0.offset + 1), count: $0.element) }
    }

    /// Bins of a "nice" width (1, 2 or 5 times a power of ten), at most
    /// `maxBins` of them, from a multiple of the width to the largest value.
    static func counting(_ values: [Int], maxBins: Int = 20) -> Histogram {
        guard let smallest = values.min(), let largest = values.max() else { return Histogram(bins: []) }
        var width = niceWidth(atLeast: Double(largest - smallest + 1) / Double(maxBins))
        var first = (Double(smallest) / width).rounded(.down)
        // Starting at a multiple of the width can take one bin too many; the next width fits.
        if Int((Double(largest) / width).rounded(.down) - first) + 1 > maxBins {
            width = niceWidth(atLeast: width * 1.5)
            first = (Double(smallest) / width).rounded(.down)
        }
        let binCount = Int((Double(largest) / width).rounded(.down) - first) + 1
        var counts = [Int](repeating: 0, count: binCount)
        for value in values { counts[Int((Double(value) / width).rounded(.down) - first)] += 1 }
        return Histogram(counts: counts) { (first + Double($0)) * width }
    }

    /// Shares from 0 to 1 in `binCount` bins of equal width; 1 falls in the last.
    static func counting(shares: [Double], binCount: Int = 10) -> Histogram {
        var counts = [Int](repeating: 0, count: binCount)
        for share in shares { counts[min(binCount - 1, max(0, Int(share * Double(binCount))))] += 1 }
        // Divided rather than multiplied by a width, so bounds read 0.3, not 0.30000000000000004.
        return Histogram(counts: counts) { Double($0) / Double(binCount) }
    }

    private static func niceWidth(atLeast minimum: Double) -> Double {
        var power = 1.0
        while power * 10 <= minimum { power *= 10 }
        for factor in [1.0, 2.0, 5.0, 10.0] where power * factor >= minimum { return power * factor }
        return power * 10
    }
}
