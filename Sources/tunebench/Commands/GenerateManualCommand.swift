import ArgumentParser
import TuneBenchCore

/// `tunebench generate-manual` (hidden): prints tunebench(1) in roff, written from the command tree.
/// `scripts/generate-shell-files.sh` stores it in share/man/man1/; a test checks the stored page is current.
struct GenerateManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual",
        abstract: "Print the manual page tunebench(1) (roff), generated from the command tree.",
        shouldDisplay: false)

    func run() throws {
        print(ManualPage.render(try CommandTree.of(TuneBenchCommand.self), version: TuneBenchVersion.current), terminator: "")
    }
}
