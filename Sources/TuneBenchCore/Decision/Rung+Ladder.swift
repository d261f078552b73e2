extension Rung {
    /// The rungs to exhaust before fine-tuning, in the framework's order.
    public static let ladder: [Rung] = [.prompt, .rag, .retrieval, .model]
}
