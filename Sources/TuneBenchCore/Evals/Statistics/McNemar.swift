import Foundation

/// McNemar's exact test on the discordant pairs of a paired comparison.
public enum McNemar {
    /// Two-sided p-value: under H0 the `b` A-only and `c` B-only cases split Binomial(b+c, 1/2), so
    /// p = min(1, 2 × P(X ≤ min(b, c))). 1 when there are no discordant pairs.
    public static func exactPValue(aOnly b: Int, bOnly c: Int) -> Double {
        let n = b + c
        guard n > 0 else { return 1 }
        let k = min(b, c)
        // log C(n, i) - n log 2, summed in log space so large n neither overflows nor underflows.
        let logHalfPower = Double(n) * log(0.5)
        var terms: [Double] = [logHalfPower]
        terms.reserveCapacity(k + 1)
        var logChoose = 0.0
        for i in stride(from: 1, through: k, by: 1) {
            logChoose += log(Double(n - i + 1)) - log(Double(i))
            terms.append(logChoose + logHalfPower)
        }
        let largest = terms.max()!
        let tail = exp(largest) * terms.reduce(0) { $0 + exp($1 - largest) }
        return min(1, 2 * tail)
    }
}
