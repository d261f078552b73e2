// swift-tools-version:6.2
// tunebench: a keyboard-driven terminal workbench for deciding whether to fine-tune an LLM.
// Module split and dependency rule: docs/ARCHITECTURE.md.
import PackageDescription

let package = Package(
    name: "tunebench",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tunebench", targets: ["tunebench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", exact: "1.0.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/GraphQLSwift/GraphQL", exact: "4.3.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // Pure domain logic: Foundation only (plus pure libraries), no SQLite, no terminal.
        .target(
            name: "TuneBenchCore",
            dependencies: [
                "CLibCrypto", "CZstd", "CZlib",
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The report templates ship with the binary; `tunebench report --templates DIR` overrides them.
            resources: [.copy("Report/Templates")]
        ),
        // libzstd and zlib, as system libraries: the streaming decompressors (inspect `.eval` entries, `.zst`/`.gz`
        // dataset files).
        .systemLibrary(name: "CZstd", providers: [.apt(["libzstd-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // The project file: one SQLite database (GRDB), migrations, queries.
        .target(
            name: "TuneBenchStore",
            dependencies: [
                "TuneBenchCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Terminal UI toolkit: cells, grid + diff, layout, keys, bindings, widgets. Imports nothing of ours.
        .target(name: "TerminalUI"),
        // OpenSSL's libcrypto, as a system library: SHA-256 with the CPU's SHA extensions (docs/DECISIONS.md).
        .systemLibrary(name: "CLibCrypto", providers: [.apt(["libssl-dev"])]),
        // ncursesw, as a system library (the wide-character define lives in shim.h).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The Terminal protocol over ncursesw: the only code that talks to curses.
        .target(name: "TerminalCurses", dependencies: ["TerminalUI", "CNcursesw"]),
        // The application: state, actions, pure update, effects, panes.
        .target(
            name: "TuneBenchApp",
            dependencies: [
                "TerminalUI", "TuneBenchStore", "TuneBenchCore",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // The executable: command-line parsing only; every command calls the app, store and core.
        .executableTarget(
            name: "tunebench",
            dependencies: [
                "TuneBenchApp", "TerminalCurses", "TuneBenchStore", "TuneBenchCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: figures for BENCHMARKS.md, never run by the tests.
        .executableTarget(
            name: "tunebench-bench",
            dependencies: [
                "TuneBenchApp", "TerminalUI", "TuneBenchStore", "TuneBenchCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets: fixtures, the app session harness, the CLI runner, the tmux driver,
        // screen assertions.
        .target(
            name: "TuneBenchTestSupport",
            dependencies: [
                "TerminalUI", "TuneBenchApp", "TuneBenchStore", "TuneBenchCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        .testTarget(
            name: "TuneBenchCoreTests",
            dependencies: ["TuneBenchCore", "TuneBenchTestSupport", "CZstd", "CZlib"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TuneBenchStoreTests",
            dependencies: ["TuneBenchStore", "TuneBenchTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TuneBenchTestSupport"]),
        .testTarget(name: "TuneBenchAppTests", dependencies: ["TuneBenchApp", "TuneBenchTestSupport"], exclude: ["Snapshots"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["tunebench", "TuneBenchApp", "TuneBenchTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
