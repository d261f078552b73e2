/// The training tools a tune plan writes a bundle for.
public enum TuneTool: String, CaseIterable, Sendable, Codable {
    /// OpenAI's fine-tuning API: `job.json`, the body of a fine-tuning job request.
    case openai
    /// Axolotl, a LoRA run: `axolotl.yaml`.
    case axolotl
    /// Hugging Face TRL's `trl sft` with LoRA: `sft.yaml`.
    case trl

    /// The base model when `--base-model` is not given.
    public var defaultBaseModel: String {
        switch self {
        case .openai: "gpt-4o-mini-2024-07-18"
        case .axolotl, .trl: "Qwen/Qwen2.5-7B-Instruct"
        }
    }

    /// The tool's own configuration file in the bundle.
    public var configFileName: String {
        switch self {
        case .openai: "job.json"
        case .axolotl: "axolotl.yaml"
        case .trl: "sft.yaml"
        }
    }

    /// True when the run trains on rented GPUs (its cost is GPU hours), false for a provider's API (training tokens).
    public var isSelfHosted: Bool { self != .openai }

    /// Parses a `--for` value.
    public static func parse(_ name: String) -> TuneTool? { TuneTool(rawValue: name.lowercased()) }
}
