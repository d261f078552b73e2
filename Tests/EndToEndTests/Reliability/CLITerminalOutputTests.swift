import Foundation
import Testing
import TuneBenchTestSupport

/// Hostile text in dataset content, eval outputs and names (ESC sequences, OSC 52 clipboard writes, BEL, NUL,
/// C1 controls, bidirectional overrides, invalid UTF-8), printed by the CLI commands to a real terminal: not one
/// control sequence reaches it. The commands run under `script`, which gives them a pty as stdout and stderr.
@Suite struct CLITerminalOutputTests {
    /// Every kind of hostile text, as it would sit in a JSON string.
    static let hostileJSON = #"clear\u001b[2J osc52\u001b]52;c;cm0gLXJmIH4=\u0007 csi\u009b31m bidi\u202eevil\u202c isolate\u2067x\u2069 nul\u0000end bell\u0007"#
    static let hostileText = "clear\u{1B}[2J osc52\u{1B}]52;c;aGk=\u{07} csi\u{9B}31m bidi\u{202E}evil\u{202C} nul\u{0}end"

    let dir: TemporaryDirectory
    let project: String

    init() throws {
        dir = try TemporaryDirectory(prefix: "tunebench-tty")
        project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project, "--name", "tty", "--problem", "hostile \u{1B}[31mtext"]).status == 0)

        var dataset = Data()
        for index in 0..<3 {
            dataset += Data(#"{"messages":[{"role":"system","content":"\#(Self.hostileJSON)"},{"role":"user","content":"q\#(index) \#(Self.hostileJSON)"},{"role":"assistant","content":"a\#(index) \#(Self.hostileJSON)"}]}"#.utf8 + [0x0A])
        }
        dataset += Data(#"{"messages":[{"role":"user","content":"bad "#.utf8) + [0xFF, 0xFE, 0x1B] + Data(#"[2J"}]}"#.utf8 + [0x0A])
        dataset += Data("{\"messages\": \u{1B}]52;c;aGk=\u{07}\n".utf8)
        try dataset.write(to: URL(fileURLWithPath: dir.path("hostile.jsonl")))
        _ = try CLI.run(["import", project, dir.path("hostile.jsonl"), "--dataset", "evil\u{1B}[31m\u{202E}name"])

        let cases = (0..<3).map { index in
            #"{"id":"case\#(index)\u001b[31m","input":"\#(Self.hostileJSON)","output":"\#(Self.hostileJSON)","expected":"x\#(index)","pass":false}"#
        }
        try (cases.joined(separator: "\n") + "\n").write(toFile: dir.path("run.jsonl"), atomically: true, encoding: .utf8)
        let imported = try CLI.run(["evals", "import", project, dir.path("run.jsonl"), "--name", "run\u{1B}]52;c;aGk=\u{07}\u{202E}x"])
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    /// Runs `tunebench ARGS` with a pty for stdout and stderr; returns every byte the terminal received.
    private func runOnTerminal(_ arguments: [String]) throws -> [UInt8] {
        let quoted = ([CLI.binaryPath] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["--quiet", "--return", "--command", quoted.joined(separator: " "), "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["TERM"] = "xterm-256color"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(bytes)
    }

    /// What in `bytes` a terminal would act on: C0 controls other than newline, carriage return and tab, DEL,
    /// C1 controls, bidirectional controls, and bytes that are not UTF-8.
    static func unsafeParts(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        for byte in bytes where (byte < 0x20 && ![0x0A, 0x0D, 0x09].contains(byte)) || byte == 0x7F {
            found.append(String(format: "byte 0x%02X", byte))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return found + ["invalid UTF-8"] }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                found.append(String(format: "U+%04X", scalar.value))
            default: continue
            }
        }
        return found
    }

    @Test(arguments: [
        ["info"], ["examples"], ["validate"], ["evals", "list"], ["evals", "show", "1"], ["decide"],
        ["import", "hostile.jsonl", "--dataset", "again"], ["evals", "import", "run.jsonl", "--name", "again"],
    ])
    func noControlSequenceReachesTheTerminal(command: [String]) throws {
        var arguments = command
        let projectPosition = command[0] == "evals" ? 2 : 1
        arguments.insert(project, at: projectPosition)
        arguments = arguments.map { $0.hasSuffix(".jsonl") ? dir.path($0) : $0 }
        let bytes = try runOnTerminal(arguments)
        #expect(!bytes.isEmpty, "\(command) printed nothing")
        let unsafe = Self.unsafeParts(bytes)
        #expect(unsafe.isEmpty, "\(command.joined(separator: " ")) sent \(Set(unsafe).sorted()) to the terminal:\n\(String(decoding: bytes, as: UTF8.self))")
    }

    @Test func theCheckSeesRawEscapes() {
        #expect(!Self.unsafeParts(Array(Self.hostileText.utf8)).isEmpty)
        #expect(Self.unsafeParts([0x61, 0xFF]) == ["invalid UTF-8"])
        #expect(Self.unsafeParts(Array("plain ⏎ · text\r\n".utf8)).isEmpty)
    }
}
