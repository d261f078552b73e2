import Testing
import TuneBenchCore

@Suite struct TokensModelEncodingTests {
    @Test(arguments: [
        "gpt-4o", "gpt-4o-mini", "gpt-4o-2024-08-06", "chatgpt-4o-latest", "gpt-4.1", "gpt-4.1-nano", "gpt-4.5-preview",
        "gpt-5", "o1", "o1-mini", "o3", "o3-2025-04-16", "o4-mini", "ft:gpt-4o-mini-2024-07-18:acme::9xyz", "openai/gpt-4o", "GPT-4O",
    ])
    func o200kModels(_ model: String) {
        #expect(TiktokenEncoding.forModel(model) == .o200kBase)
    }

    @Test(arguments: ["gpt-4", "gpt-4-turbo", "gpt-4-0613", "gpt-3.5-turbo", "gpt-3.5-turbo-0125", "gpt-35-turbo", "ft:gpt-3.5-turbo-0613:org::abc", "text-embedding-3-small", "davinci-002"])
    func cl100kModels(_ model: String) {
        #expect(TiktokenEncoding.forModel(model) == .cl100kBase)
    }

    @Test(arguments: ["claude-3-5-sonnet", "llama-3.1-8b", "mistral-large", "o", "omni", "o10x", "gemini-1.5-pro", ""])
    func unknownModels(_ model: String) {
        #expect(TiktokenEncoding.forModel(model) == nil)
    }
}
