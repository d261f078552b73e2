import ArgumentParser
import Foundation
import TuneBenchApp

/// `--rank-dir DIR`, on every command that counts tokens: a folder of tiktoken rank files searched before
/// `$TUNEBENCH_RANK_DIR`, the project's `tokenizer.rank_dir`, tiktoken's cache and the install folder.
struct RankDirectoryOption: ParsableArguments {
    @Option(name: .customLong("rank-dir"), help: ArgumentHelp(JobOption.rankDirectory.help),
            completion: .directory)
    var rankDirectory: String?
}
