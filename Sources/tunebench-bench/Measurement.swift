import Glibc

/// Timing samples and their summary: wall time, and the thread's CPU time, which shared machines disturb less.
struct Samples {
    private(set) var wall: [Double] = []
    private(set) var cpu: [Double] = []

    /// Times `body` once per iteration.
    static func measure(iterations: Int, _ body: () -> Void) -> Samples {
        measureWhile(iterations: iterations) { body(); return true }
    }

    /// Times `body` once per iteration, until it returns false (that run is still timed).
    static func measureWhile(iterations: Int, _ body: () -> Bool) -> Samples {
        var samples = Samples()
        for _ in 0..<iterations {
            let wallStart = now(CLOCK_MONOTONIC), cpuStart = now(CLOCK_THREAD_CPUTIME_ID)
            let goOn = body()
            samples.cpu.append(now(CLOCK_THREAD_CPUTIME_ID) - cpuStart)
            samples.wall.append(now(CLOCK_MONOTONIC) - wallStart)
            if !goOn { break }
        }
        return samples
    }

    /// Adds another run's samples.
    mutating func append(_ other: Samples) {
        wall += other.wall
        cpu += other.cpu
    }

    var count: Int { wall.count }

    /// Like `summary`, with the p99 (wall) too.
    var summaryWithP99: String { summary + " | wall p99 \(Samples.percentile(wall, 0.99).fixed(3)) ms" }

    /// Milliseconds on a clock.
    private static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }

    /// "cpu median 0.412 ms p95 0.530 ms | wall median 0.420 ms p95 0.610 ms (n=2000)"
    var summary: String {
        func ms(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
        return "cpu median \(ms(Samples.percentile(cpu, 0.5))) ms p95 \(ms(Samples.percentile(cpu, 0.95))) ms"
            + " | wall median \(ms(Samples.percentile(wall, 0.5))) ms p95 \(ms(Samples.percentile(wall, 0.95))) ms"
            + " (n=\(wall.count))"
    }
}
