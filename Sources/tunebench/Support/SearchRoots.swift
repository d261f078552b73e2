import Foundation

/// The folder of the running binary, symlinks resolved (so `PREFIX/bin/tunebench` is `PREFIX/lib/tunebench/`).
/// Found from the process, not `argv[0]`, which is a bare `tunebench` when the shell found it on the PATH.
func executableFolder() -> URL {
    let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    return executable.resolvingSymlinksInPath().deletingLastPathComponent()
}

/// The folders above which the shipped themes (and example projects) are looked for: the binary's own and the
/// working directory.
func themeSearchRoots() -> [URL] {
    [executableFolder(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
}
