import ArgumentParser
import Foundation
import Glibc

/// What a figure was taken on: the CPU, its cores and the load average at the time. Every benchmark prints it
/// with its figures, and refuses to measure on a busy machine (load above 1 per core) unless told `--noisy`,
/// because a figure taken while other builds run measures the scheduler, not the code.
struct MachineContext: CustomStringConvertible {
    let cpuModel: String
    let cores: Int
    let loadAverage: (Double, Double, Double)

    static func current() -> MachineContext {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown CPU"
        var loads = [Double](repeating: 0, count: 3)
        _ = getloadavg(&loads, 3)
        return MachineContext(cpuModel: model ?? "unknown CPU", cores: ProcessInfo.processInfo.activeProcessorCount,
                              loadAverage: (loads[0], loads[1], loads[2]))
    }

    /// Load average per core over the last minute above 1.
    var isBusy: Bool { loadAverage.0 / Double(max(1, cores)) > 1.0 }

    var description: String {
        let date = ISO8601DateFormatter().string(from: Date())
        return "machine: \(cores) × \(cpuModel); \(date); load average \(String(format: "%.2f %.2f %.2f", loadAverage.0, loadAverage.1, loadAverage.2))"
            + (isBusy ? " (NOISY: above 1 per core)" : "")
    }

    /// Prints the context; throws on a busy machine unless `noisy` (the figures are then marked noisy).
    static func check(noisy: Bool) throws -> MachineContext {
        let context = current()
        print(context)
        if context.isBusy && !noisy {
            throw BusyMachine(context: context)
        }
        return context
    }
}

/// The machine is too busy for a figure worth writing down.
struct BusyMachine: Error, CustomStringConvertible {
    let context: MachineContext
    var description: String {
        "load average \(String(format: "%.2f", context.loadAverage.0)) on \(context.cores) cores is above 1 per core: "
            + "a figure taken now measures the scheduler. Wait for a quiet machine, or pass --noisy to measure anyway (mark the figure noisy)."
    }
}

/// `--noisy`, shared by every subcommand that prints figures: prints the machine context first and refuses to
/// measure on a busy machine unless given.
struct MachineOptions: ParsableArguments {
    @Flag(help: "Measure even when the load average is above 1 per core (mark the figures noisy in BENCHMARKS.md).")
    var noisy = false

    /// Prints the machine, date and load average; throws on a busy machine unless `--noisy`.
    @discardableResult
    func check() throws -> MachineContext { try MachineContext.check(noisy: noisy) }
}
