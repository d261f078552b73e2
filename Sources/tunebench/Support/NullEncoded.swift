/// An optional that is written as `null` when absent. Synthesised `Encodable` leaves a nil optional's key out; the
/// keys of `--json` output are a contract scripts rely on, so every key is always there.
@propertyWrapper
struct NullEncoded<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
