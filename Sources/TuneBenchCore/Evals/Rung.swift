/// A rung of the ladder a run stands for: cheapest fix first, fine-tuning last (docs: framework, "The ladder").
public enum Rung: String, CaseIterable, Codable, Sendable, Comparable {
    case baseline, prompt, rag, retrieval, model, finetune

    /// Ladder order: baseline < prompt < rag < retrieval < model < finetune.
    public static func < (lhs: Rung, rhs: Rung) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a rung name, with an error that lists the valid names.
    public static func parse(_ text: String) throws(EvalInputError) -> Rung {
        guard let rung = Rung(rawValue: text.lowercased()) else {
            throw EvalInputError(location: "rung", message: "unknown rung '\(text)'; expected one of \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return rung
    }
}
