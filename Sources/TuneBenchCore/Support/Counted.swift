/// "1 problem", "2 problems": a count with its noun in the right number.
/// - Parameter plural: the plural when it is not the singular plus "s".
public func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
