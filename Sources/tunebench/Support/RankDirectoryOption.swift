import ArgumentParser
import Foundation

/// `--rank-dir DIR`, on every command that counts tokens: a folder of tiktoken rank files searched before
/// `$TUNEBENCH_RANK_DIR`, the project's `tokenizer.rank_dir`, tiktoken's cache and the install folder.
struct RankDirectoryOption: ParsableArguments {
    @Option(name: .customLong("rank-dir"), help: "A folder of rank files (NAME.tiktoken or tiktoken's cache names), searched first.",
            completion: .directory)
    var rankDirectory: String?
}
