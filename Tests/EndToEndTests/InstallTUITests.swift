import Foundation
import Testing
import TuneBenchTestSupport

/// From an install into a temporary prefix, in a new bash in tmux: the binary on the PATH, its manual page, bash
/// completion, the did-you-mean refusal; then the uninstall leaves the prefix empty. The install uses
/// `--bin-path` with the debug build `swift test` made, so no release build runs in CI.
@Suite struct InstallTUITests {
    @Test func freshInstallWorksInANewShellAndUninstallsCleanly() async throws {
        let dir = try TemporaryDirectory()
        let prefix = dir.path("prefix")
        let script = CLI.repositoryRoot.appendingPathComponent("scripts/install.sh").path
        // The new shell reads only this file, as a user's ~/.bashrc after following the README's Install section.
        try """
            PS1='new$ '
            unset MANPATH
            export PATH="\(prefix)/bin:$PATH"
            source "\(prefix)/share/bash-completion/completions/tunebench"
            cd "\(dir.path(""))"

            """.write(toFile: dir.path("bashrc"), atomically: true, encoding: .utf8)
        let install = "\(script) --bin-path '\(CLI.builtProductsDirectory.path)' --prefix '\(prefix)'"
        try await TmuxSession.with(
            command: ["bash", "-c", "\(install) > '\(dir.path("install.log"))' 2>&1 && exec bash --noprofile --rcfile '\(dir.path("bashrc"))' -i"],
            width: 100, height: 30
        ) { tmux in
            try await tmux.waitUntil("the new shell", timeout: .seconds(60)) { $0.contains { $0.hasPrefix("new$") } }
            try await tmux.type("clear; command -v tunebench; tunebench --version")
            try await tmux.send("Enter")
            try await tmux.waitFor(prefix + "/bin/tunebench")
            try await tmux.waitUntil("the version") { $0.contains { $0 == "0.1.0" } }

            let manAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/man")
            try await tmux.type(manAvailable ? "clear; man -P cat tunebench | head -4"
                                             : "clear; groff -man -Tutf8 \(prefix)/share/man/man1/tunebench.1 | head -4")
            try await tmux.send("Enter")
            try await tmux.waitFor("TUNEBENCH(1)")
            try await tmux.waitUntil("the NAME line") { $0.contains { $0.contains("tunebench") && $0.contains("Decide") } }

            try await tmux.type("clear")
            try await tmux.send("Enter")
            try await tmux.type("tunebench imp")
            try await tmux.send("Tab")
            // capture-pane trims the space completion adds after the word.
            try await tmux.waitUntil("the completed command") { $0.contains { $0 == "new$ tunebench import" } }
            try await tmux.send("C-u")
            try await tmux.type("tunebench improt a b")
            try await tmux.send("Enter")
            try await tmux.waitFor("tunebench: unknown command 'improt'; did you mean 'import'?")
        }
        let log = (try? String(contentsOfFile: dir.path("install.log"), encoding: .utf8)) ?? ""
        #expect(log.contains("installed tunebench 0.1.0 in \(prefix)"), "\(log)")

        let uninstall = try runScript(script, ["--uninstall", "--prefix", prefix])
        #expect(uninstall.status == 0, "\(uninstall.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix).isEmpty, "the uninstall left files behind")
    }

    private func runScript(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
