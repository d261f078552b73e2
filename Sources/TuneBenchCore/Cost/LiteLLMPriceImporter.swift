import Foundation

/// Reads LiteLLM's `model_prices_and_context_window.json` into model prices.
///
/// Each top-level key is a model; `input_cost_per_token`, `output_cost_per_token` and
/// `cache_read_input_token_cost` are USD per token and become USD per 1M tokens. An entry with neither an input
/// nor an output price (image, audio, search endpoints), the schema entry `sample_spec`, and an entry whose
/// prices are not non-negative numbers are skipped and counted. The file has no training prices.
public enum LiteLLMPriceImporter {
    /// What one import produced.
    public struct Result: Equatable, Sendable {
        public var prices: [ModelPrice]
        /// Top-level keys that gave no price (including `sample_spec`).
        public var skipped: Int
    }

    /// The file is not LiteLLM's price table.
    public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Parses the file's bytes; `fileName` and `asOf` become each price's source and date.
    public static func importPrices(from data: Data, fileName: String, asOf: String) throws -> Result {
        let entries: [String: Entry]
        do {
            entries = try JSONDecoder().decode([String: Entry].self, from: data)
        } catch {
            throw FormatError(description: "\(fileName): not LiteLLM's price table (a JSON object of model name -> prices): \(error)")
        }
        var prices: [ModelPrice] = []
        var skipped = 0
        for (model, entry) in entries {
            guard model != "sample_spec", entry.isUsable, entry.input != nil || entry.output != nil else {
                skipped += 1
                continue
            }
            prices.append(ModelPrice(
                model: model, provider: entry.provider ?? "",
                inputPer1M: entry.input.map(perMillion), outputPer1M: entry.output.map(perMillion),
                cacheReadPer1M: entry.cacheRead.map(perMillion),
                source: entry.source.map { "\($0) via \(fileName)" } ?? fileName, asOf: asOf))
        }
        prices.sort { $0.model < $1.model }
        return Result(prices: prices, skipped: skipped)
    }

    /// The fields of one entry the price table needs. A price field that is present but not a non-negative
    /// number makes the entry unusable rather than failing the whole file.
    private struct Entry: Decodable {
        var input: Double?
        var output: Double?
        var cacheRead: Double?
        var provider: String?
        var source: String?
        var isUsable = true

        enum Keys: String, CodingKey {
            case input = "input_cost_per_token", output = "output_cost_per_token"
            case cacheRead = "cache_read_input_token_cost", provider = "litellm_provider", source
        }

        init(from decoder: Decoder) throws {
            guard let c = try? decoder.container(keyedBy: Keys.self) else {
                isUsable = false
                return
            }
            func price(_ key: Keys) -> Double? {
                guard c.contains(key), (try? c.decodeNil(forKey: key)) != true else { return nil }
                guard let value = try? c.decode(Double.self, forKey: key), value.isFinite, value >= 0 else {
                    isUsable = false
                    return nil
                }
                return value
            }
            input = price(.input)
            output = price(.output)
            cacheRead = price(.cacheRead)
            provider = try? c.decodeIfPresent(String.self, forKey: .provider)
            source = try? c.decodeIfPresent(String.self, forKey: .source)
        }
    }

    private static func perMillion(_ perToken: Double) -> Double { roundPrice(perToken * 1_000_000) }

    /// 2.5e-06 × 1e6 is 2.4999999999999996 in binary floating point; prices have at most 9 significant digits.
    private static func roundPrice(_ value: Double) -> Double {
        guard value != 0 else { return 0 }
        let scale = pow(10, 9 - ceil(log10(abs(value))))
        return (value * scale).rounded() / scale
    }
}
