/// The groups the cost assumptions are shown in, in display order.
public enum CostSection: String, CaseIterable, Sendable, Codable {
    case people = "people"
    case datasetBuilding = "dataset building"
    case trainingAPI = "training, API path"
    case trainingSelfHosted = "training, self-hosted path"
    case evalSuite = "eval suite"
    case maintenance = "maintenance"
    case inference = "inference"
    case routing = "routing and caching"
    case models = "models"
}
