/// What the team says is wrong with the current AI: the first question of the tree.
public enum ProblemKind: String, CaseIterable, Codable, Sendable {
    case outputFormat = "format"
    case domainVocabulary = "vocabulary"
    case latency
    case cost
    case companyFacts = "facts"
    case smarterOnDomain = "smarter"
    case badAnswersSometimes = "bad-answers"
    case hallucinations

    /// How a user would put it.
    public var label: String {
        switch self {
        case .outputFormat: return "consistent output format or style (JSON, a DSL, a voice)"
        case .domainVocabulary: return "specialised domain vocabulary, used heavily"
        case .latency: return "latency: a tight response-time budget"
        case .cost: return "cost: inference at a volume that hurts"
        case .companyFacts: return "the model must know our company facts"
        case .smarterOnDomain: return "the model should be smarter on our domain"
        case .badAnswersSometimes: return "the model gives bad answers sometimes"
        case .hallucinations: return "we want fewer hallucinations"
        }
    }

    /// A few words for tight places (the home screen).
    public var shortLabel: String {
        switch self {
        case .outputFormat: return "output format or style"
        case .domainVocabulary: return "domain vocabulary"
        case .latency: return "latency budget"
        case .cost: return "inference cost"
        case .companyFacts: return "company facts"
        case .smarterOnDomain: return "smarter on our domain"
        case .badAnswersSometimes: return "bad answers sometimes"
        case .hallucinations: return "hallucinations"
        }
    }

    /// Accepted examples a fine-tune of this kind needs before it can move the needle (framework defaults).
    public var exampleThreshold: Int {
        switch self {
        case .outputFormat, .latency, .cost: return 300
        case .domainVocabulary: return 5000
        case .smarterOnDomain, .badAnswersSometimes, .companyFacts, .hallucinations: return 1000
        }
    }
}
