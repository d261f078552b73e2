/// The fine-tuning data as the report shows it: what was imported, how review is going against the number of
/// accepted examples the problem needs, what validation found, and token figures.
public struct ReportDataset: Equatable, Sendable, Codable {
    /// One imported dataset.
    public struct Dataset: Equatable, Sendable, Codable {
        public var name: String
        public var format: String
        public var examples: Int
        /// Lines that could not be imported.
        public var importProblems: Int

        public init(name: String, format: String, examples: Int, importProblems: Int) {
            self.name = name
            self.format = format
            self.examples = examples
            self.importProblems = importProblems
        }
    }

    /// Examples in each review status, over every dataset.
    public struct Review: Equatable, Sendable, Codable {
        public var pending: Int
        public var accepted: Int
        public var rejected: Int
        public var flagged: Int
        /// Accepted examples the problem kind needs before a fine-tune can move the needle; nil while the problem
        /// kind is unknown.
        public var threshold: Int?

        public init(pending: Int, accepted: Int, rejected: Int, flagged: Int, threshold: Int?) {
            self.pending = pending
            self.accepted = accepted
            self.rejected = rejected
            self.flagged = flagged
            self.threshold = threshold
        }

        /// Examples with a decision (not pending).
        public var reviewed: Int { accepted + rejected + flagged }
    }

    /// One validation category found in at least one example.
    public struct Finding: Equatable, Sendable, Codable {
        /// The category's output name (`tunebench validate`), e.g. `missing_content`.
        public var category: String
        /// `error` or `warning`.
        public var severity: String
        /// Examples with this finding.
        public var examples: Int

        public init(_ category: CheckCategory, examples: Int) {
            self.category = category.rawValue
            severity = category.isError ? "error" : "warning"
            self.examples = examples
        }
    }

    /// Token figures over every dataset; estimates unless `exact`.
    public struct Tokens: Equatable, Sendable, Codable {
        public var counter: String
        public var exact: Bool
        /// Tokens per example.
        public var total: Distribution?
        /// Assistant (trained-on) tokens per example.
        public var assistant: Distribution?
        public var messagesPerExample: Distribution?
        /// Tokens per example, binned.
        public var histogram: TokenHistogram
        /// Tokens one training run would bill, with the epochs assumed.
        public var training: TrainingTokenBill

        public init(counter: String, exact: Bool, total: Distribution?, assistant: Distribution?,
                    messagesPerExample: Distribution?, histogram: TokenHistogram, training: TrainingTokenBill) {
            self.counter = counter
            self.exact = exact
            self.total = total
            self.assistant = assistant
            self.messagesPerExample = messagesPerExample
            self.histogram = histogram
            self.training = training
        }
    }

    public var datasets: [Dataset]
    public var examples: Int
    public var review: Review
    /// Categories in `CheckCategory` order; categories nobody has are left out. Findings are those of the last
    /// validation (import checks until `tunebench validate` runs).
    public var findings: [Finding]
    public var tokens: Tokens

    public init(datasets: [Dataset], review: Review, findings: [Finding], tokens: Tokens) {
        self.datasets = datasets
        examples = datasets.reduce(0) { $0 + $1.examples }
        self.review = review
        self.findings = findings
        self.tokens = tokens
    }
}
