import Foundation

/// Exact Binomial(n, p) sampling, so a bootstrap over a sample with few distinct values can draw each resample's
/// level counts (a multinomial, as successive binomials) instead of n indices.
///
/// n·p < 10: the geometric waiting-time method (about n·p + 1 uniforms). Otherwise Hörmann's transformed rejection
/// with squeeze (BTRS, "The generation of binomial random variates", J. Stat. Comput. Simul. 46, 1993), in the form
/// TensorFlow and JAX use; p > 1/2 samples the complement.
enum Binomial {
    static func sample(count n: Int, probability p: Double, _ generator: inout SeededGenerator) -> Int {
        guard n > 0, p > 0 else { return 0 }
        guard p < 1 else { return n }
        if p > 0.5 { return n - sample(count: n, probability: 1 - p, &generator) }
        if Double(n) * p < 10 { return inversion(count: n, probability: p, &generator) }
        return transformedRejection(count: n, probability: p, &generator)
    }

    /// A uniform double in [0, 1) from 53 random bits.
    static func uniform(_ generator: inout SeededGenerator) -> Double {
        Double(generator.next() >> 11) * 0x1p-53
    }

    private static func inversion(count n: Int, probability p: Double, _ generator: inout SeededGenerator) -> Int {
        let logQ = log1p(-p)
        var total = 0.0
        var successes = 0
        while true {
            // 1 - uniform lies in (0, 1], so the logarithm is finite.
            total += (log(1 - uniform(&generator)) / logQ).rounded(.up)
            if total > Double(n) { return successes }
            successes += 1
        }
    }

    private static func transformedRejection(count n: Int, probability p: Double, _ generator: inout SeededGenerator) -> Int {
        let count = Double(n)
        let spq = (count * p * (1 - p)).squareRoot()
        let b = 1.15 + 2.53 * spq
        let a = -0.0873 + 0.0248 * b + 0.01 * p
        let c = count * p + 0.5
        let vR = 0.92 - 4.2 / b
        let r = p / (1 - p)
        let alpha = (2.83 + 5.1 / b) * spq
        let m = ((count + 1) * p).rounded(.down)
        while true {
            let u = uniform(&generator) - 0.5
            var v = uniform(&generator)
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + c).rounded(.down)
            if us >= 0.07 && v <= vR { return Int(k) }
            if k < 0 || k > count { continue }
            v = log(v * alpha / (a / (us * us) + b))
            let bound = (m + 0.5) * log((m + 1) / (r * (count - m + 1)))
                + (count + 1) * log((count - m + 1) / (count - k + 1))
                + (k + 0.5) * log(r * (count - k + 1) / (k + 1))
                + stirlingTail(m) + stirlingTail(count - m) - stirlingTail(k) - stirlingTail(count - k)
            if v <= bound { return Int(k) }
        }
    }

    /// log(k!) − [(k + ½)·log(k + 1) − (k + 1) + ½·log(2π)]: a table below 10, the series above.
    private static func stirlingTail(_ k: Double) -> Double {
        let table = [
            0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
            0.0138761288230707, 0.0118967099458917, 0.0104112652619720, 0.00925546218271273, 0.00833056343336287,
        ]
        if k <= 9 { return table[Int(k)] }
        let squared = (k + 1) * (k + 1)
        return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / squared) / squared) / (k + 1)
    }
}
