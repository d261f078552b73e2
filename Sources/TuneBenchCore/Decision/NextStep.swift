/// The command that starts a recommendation's work inside tunebench, in both front ends' words.
public struct NextStep: Equatable, Sendable {
    /// The TUI's `:` command (`:tune plan openai|axolotl|trl DIR`).
    public var command: String
    /// The same command with placeholders for the choices (`:tune plan TOOL DIR`), for narrow screens.
    public var shortCommand: String
    /// The same step from the shell (`tunebench tune plan PATH --for … --output DIR`).
    public var shell: String
    /// What the step does, in a few words.
    public var purpose: String
}

extension Recommendation {
    /// The next step tunebench itself can take for this recommendation, or nil when the work happens elsewhere
    /// (prompts, retrieval, routing are changed in the user's own code).
    public var nextStep: NextStep? {
        switch self {
        case .fineTuneLoRA:
            NextStep(command: ":tune plan openai|axolotl|trl DIR", shortCommand: ":tune plan TOOL DIR",
                     shell: "tunebench tune plan PATH --for openai|axolotl|trl --output DIR",
                     purpose: "write the training bundle from the accepted examples, with its cost")
        default:
            nil
        }
    }
}
