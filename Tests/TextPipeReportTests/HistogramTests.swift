import Testing

@testable import TextPipeReport

@Suite struct HistogramTests {
    @Test func lengthsFallInAtMostTwentyNiceBins() {
        let values = [120, 130, 480, 950, 2_010]
        let histogram = Histogram.counting(values)
        #expect(histogram.bins.count <= 20)
        #expect(histogram.bins.map(\.count).reduce(0, +) == values.count)
        let width = histogram.bins[0].upper - histogram.bins[0].lower
        #expect([1.0, 2, 5, 10, 20, 50, 100, 200, 500].contains(width))
        #expect(histogram.bins[0].lower <= 120 && histogram.bins.last!.upper > 2_010)
        #expect(histogram.bins[0].lower.truncatingRemainder(dividingBy: width) == 0)
    }

    @Test func equalValuesMakeOneBin() {
        #expect(Histogram.counting([7, 7]).bins == [.init(lower: 7, upper: 8, count: 2)])
        #expect(Histogram.counting([]).bins.isEmpty)
    }

    @Test func sharesFillTenBinsWithAWholeTextInTheLast() {
        let histogram = Histogram.counting(shares: [0, 0.05, 0.25, 1])
        #expect(histogram.bins.count == 10)
        #expect(histogram.bins.map(\.count) == [2, 0, 1, 0, 0, 0, 0, 0, 0, 1])
        #expect(histogram.bins[3].lower == 0.3)
    }
}
