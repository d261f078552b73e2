/// The numbers one cost computation runs on: the expected value (or a sweep's chosen end) of every numeric
/// assumption, plus the prices of the chosen models, resolved once so a sensitivity sweep is plain arithmetic.
public struct CostInputs: Equatable, Sendable {
    /// Per-1M prices of one model, both halves present.
    public struct Prices: Equatable, Sendable {
        public var inputPer1M: Double
        public var outputPer1M: Double

        public init(inputPer1M: Double, outputPer1M: Double) {
            self.inputPer1M = inputPer1M
            self.outputPer1M = outputPer1M
        }

        /// USD for one call.
        public func perCall(input: Double, output: Double) -> Double {
            (input * inputPer1M + output * outputPer1M) / 1_000_000
        }
    }

    private var numbers: [Double]
    public var current: Prices
    public var router: Prices
    public var tuned: Prices

    /// Resolves `assumptions` (at their expected values) and the chosen models' prices from `prices`.
    /// Throws a `CostInputError` naming the model assumption whose model has no (complete) price.
    public init(assumptions: CostAssumptions, prices: PriceTable) throws {
        numbers = CostAssumptionName.allCases.map { assumptions[$0] }
        func resolve(_ name: CostAssumptionName) throws -> Prices {
            let model = assumptions.model(name)
            guard let price = prices[model] else {
                throw CostInputError(assumption: name.rawValue,
                    "\(name.rawValue): no price for model '\(model)' in the price table (see `tunebench prices list PATH`)")
            }
            guard let input = price.inputPer1M, let output = price.outputPer1M else {
                throw CostInputError(assumption: name.rawValue,
                    "\(name.rawValue): model '\(model)' lacks an \(price.inputPer1M == nil ? "input" : "output") price")
            }
            return Prices(inputPer1M: input, outputPer1M: output)
        }
        current = try resolve(.currentModel)
        router = try resolve(.routerModel)
        tuned = try resolve(.tunedModel)
    }

    /// The value of a numeric assumption (model choices read as 0).
    public subscript(name: CostAssumptionName) -> Double {
        get { numbers[name.ordinal] }
        set { numbers[name.ordinal] = newValue }
    }
}
