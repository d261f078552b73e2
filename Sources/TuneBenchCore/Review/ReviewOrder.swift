/// The order the Dataset pane and `tunebench examples` list examples in: the file's, or the need queue's
/// (``NeedOrder``). The project keeps the pane's choice in the setting ``settingKey`` (an undoable edit).
public enum ReviewOrder: String, CaseIterable, Sendable, Codable {
    case dataset
    case need

    /// The project setting that keeps the Dataset pane's order.
    public static let settingKey = "browser.review_order"

    /// The other order (`o` cycles them).
    public var next: ReviewOrder { self == .dataset ? .need : .dataset }

    /// `dataset order` / `need order`, for headers and messages.
    public var label: String { "\(rawValue) order" }
}
