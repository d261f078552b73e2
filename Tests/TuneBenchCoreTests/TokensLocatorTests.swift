import Foundation
import Testing
import TuneBenchCore
import TuneBenchTestSupport

@Suite struct TokensLocatorTests {
    @Test func searchesSettingThenTiktokenCacheThenXDG() {
        let locator = RankFileLocator(
            settingsDirectory: "/project/ranks",
            environment: ["TIKTOKEN_CACHE_DIR": "/cache", "DATA_GYM_CACHE_DIR": "/gym", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]
        )
        #expect(locator.candidates(for: .o200kBase) == [
            "/project/ranks/o200k_base.tiktoken",
            "/project/ranks/fb374d419588a4632f3f557e76b4b70aebbca790",
            "/cache/fb374d419588a4632f3f557e76b4b70aebbca790",
            "/xdg/tunebench/encodings/o200k_base.tiktoken",
        ])
    }

    @Test func searchesFlagThenEnvironmentBeforeTheSetting() {
        let locator = RankFileLocator(
            commandLineDirectory: "/flag", settingsDirectory: "/project/ranks",
            environment: ["TUNEBENCH_RANK_DIR": "/env", "TIKTOKEN_CACHE_DIR": "/cache", "XDG_DATA_HOME": "/xdg"])
        #expect(locator.places.map(\.directory) == ["/flag", "/env", "/project/ranks", "/cache", "/xdg/tunebench/encodings"])
        #expect(locator.places.map(\.source) == ["--rank-dir", "$TUNEBENCH_RANK_DIR", "project setting tokenizer.rank_dir",
                                                "tiktoken cache", "tokenizer install default"])
        #expect(locator.candidates(for: .cl100kBase).prefix(3) == [
            "/flag/cl100k_base.tiktoken", "/flag/9b5ad71b2ce5302211f9c61530b329a4922fc6a4", "/env/cl100k_base.tiktoken",
        ])
        // `tokenizer install` writes where the variable points, so the file is found again.
        #expect(locator.defaultInstallDirectory == "/env")
        #expect(RankFileLocator(environment: ["XDG_DATA_HOME": "/xdg"]).defaultInstallDirectory == "/xdg/tunebench/encodings")
    }

    @Test func followsTiktokensCacheRule() {
        let gym = RankFileLocator(environment: ["DATA_GYM_CACHE_DIR": "/gym", "HOME": "/h"])
        #expect(gym.tiktokenCacheDirectory == "/gym")
        #expect(gym.candidates(for: .cl100kBase).first == "/gym/9b5ad71b2ce5302211f9c61530b329a4922fc6a4")
        let fallback = RankFileLocator(environment: ["TMPDIR": "/scratch", "HOME": "/h"])
        #expect(fallback.tiktokenCacheDirectory == "/scratch/data-gym-cache")
        #expect(RankFileLocator(environment: ["HOME": "/h"]).tiktokenCacheDirectory == "/tmp/data-gym-cache")
        // tiktoken does not cache when the variable is set but empty.
        #expect(RankFileLocator(environment: ["TIKTOKEN_CACHE_DIR": "", "HOME": "/h"]).tiktokenCacheDirectory == nil)
    }

    @Test func installsUnderXDGDataHomeOrItsDefault() {
        #expect(RankFileLocator(environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/h"]).installDirectory == "/xdg/tunebench/encodings")
        #expect(RankFileLocator(environment: ["HOME": "/h"]).installDirectory == "/h/.local/share/tunebench/encodings")
        // The XDG spec ignores relative paths.
        #expect(RankFileLocator(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]).installDirectory == "/h/.local/share/tunebench/encodings")
    }

    @Test func missingRankFileNamesThePathsTheRejectsAndTheFix() throws {
        let directory = try TemporaryDirectory()
        try Data("IQ== 0\n".utf8).write(to: URL(fileURLWithPath: directory.path("cl100k_base.tiktoken")))
        let locator = RankFileLocator(settingsDirectory: directory.url.path, environment: ["TIKTOKEN_CACHE_DIR": "", "HOME": directory.path("home")])
        let catalog = TokenizerCatalog(locator: locator)
        #expect(throws: MissingRankFile.self) { try catalog.tokenizer(for: .cl100kBase) }
        do {
            _ = try catalog.tokenizer(for: .cl100kBase)
        } catch {
            #expect(error.searched == locator.candidates(for: .cl100kBase))
            #expect(error.rejected.count == 1)
            #expect(error.description.contains("sha256"))
            #expect(error.description.contains("tunebench tokenizer install"))
        }
        let resolved = catalog.counter(forModel: "gpt-4")
        #expect(resolved.counter.isExact == false)
        #expect(resolved.counter.encodingName == "estimate")
        #expect(resolved.fallbackReason?.contains("cl100k_base") == true)
    }

    @Test func unknownModelsFallBackToTheEstimatorWithAReason() {
        let resolved = TokenizerCatalog(locator: RankFileLocator(environment: ["HOME": "/nonexistent"])).counter(forModel: "claude-3-5-sonnet")
        #expect(resolved.counter.isExact == false)
        #expect(resolved.fallbackReason == "no known tokenizer for model claude-3-5-sonnet; counts are estimates")
    }
}
