// swift-tools-version: 6.1
import PackageDescription

/// kombo-apply: create job applications in a customer's ATS through Kombo's unified API,
/// from a terminal UI or a non-interactive command line. See README.md.
let package = Package(
  name: "kombo-apply",
  // Synchronization.Mutex (used for shared state) needs macOS 15; Linux has it with Swift 6.
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "kombo-apply", targets: ["kombo-apply"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
  ],
  targets: [
    // Wire types of Kombo's unified ATS API. No I/O.
    .target(name: "KomboAPI"),

    // The one sanitiser for text on its way to a terminal (and safe JSON text). No dependencies.
    .target(name: "TextSafety"),

    // The shared submission core: drafts, validation, request building, HTTP client, submitter, stores.
    .target(
      name: "ApplyCore",
      dependencies: [
        "KomboAPI", "TextSafety",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),

    // A Kombo-compatible HTTP server: seed data, its own validation, persistence, faults.
    .target(
      name: "ATSSandbox",
      dependencies: [
        "KomboAPI",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),

    // Terminal-independent UI runtime: Program, Screen, widgets, themes, in-memory terminal.
    .target(name: "TerminalUI", dependencies: ["TextSafety"]),

    // ncursesw from Debian's libncurses-dev, and a small C shim for what Swift cannot import.
    .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),
    .target(name: "CursesShim", dependencies: ["CNcursesw"]),

    // The one adapter that talks to ncurses.
    .target(name: "CursesTerminal", dependencies: ["TerminalUI", "CNcursesw", "CursesShim"]),

    // The recruiter's screens and flow, and the accessible line mode.
    .target(name: "RecruiterApp", dependencies: ["TerminalUI", "ApplyCore", "KomboAPI", "TextSafety"]),

    // Pseudo terminals and spawning a session leader on one: what Swift's Glibc module leaves out.
    .target(name: "CPseudoTerminal"),

    // `kombo-apply ssh serve`: an SSH server that runs one terminal UI child per session on a pty.
    .target(
      name: "SSHFront",
      dependencies: [
        "CPseudoTerminal",
        .product(name: "NIOSSH", package: "swift-nio-ssh"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "InMemoryLogging", package: "swift-log"),
      ]
    ),

    // The executable: argument parsing, configuration, wiring. Thin.
    .executableTarget(
      name: "kombo-apply",
      dependencies: [
        "KomboAPI", "ApplyCore", "ATSSandbox", "TerminalUI", "CursesTerminal", "RecruiterApp", "TextSafety",
        "SSHFront",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),

    // Release-build benchmarks that print their figures: `swift run -c release kombo-apply-bench`.
    .executableTarget(
      name: "kombo-apply-bench",
      dependencies: [
        "KomboAPI", "ApplyCore", "ATSSandbox", "TerminalUI", "RecruiterApp", "ApplyCoreTesting",
        "TerminalUITesting",
      ],
      path: "Sources/KomboApplyBench"
    ),

    // Helpers shared by the test targets (child processes without blocking the pool, package paths).
    .target(name: "TestHarness", path: "Tests/TestHarness"),
    // Test support for programs on the TerminalUI runtime (draining effects without a terminal).
    .target(name: "TerminalUITesting", dependencies: ["TerminalUI"], path: "Tests/TerminalUITesting"),
    // The core's test doubles: a manual clock, fixed randomness, an in-memory file system and transport.
    .target(name: "ApplyCoreTesting", dependencies: ["ApplyCore"], path: "Tests/ApplyCoreTesting"),

    .testTarget(
      name: "KomboAPITests",
      dependencies: [
        "TestHarness",
        "KomboAPI",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ApplyCoreTests",
      dependencies: [
        "TestHarness", "ApplyCoreTesting",
        "ApplyCore", "KomboAPI", "TextSafety",
        .product(name: "PropertyBased", package: "swift-property-based"),
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "InMemoryLogging", package: "swift-log"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ATSSandboxTests",
      dependencies: [
        "TestHarness", "ApplyCoreTesting",
        "ATSSandbox", "KomboAPI", "ApplyCore",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "TextSafetyTests",
      dependencies: ["TextSafety", .product(name: "PropertyBased", package: "swift-property-based")]
    ),
    .testTarget(
      name: "TerminalUITests",
      dependencies: [
        "TerminalUI", "TerminalUITesting",
        .product(name: "PropertyBased", package: "swift-property-based"),
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
      ],
      exclude: ["__Snapshots__", "Widgets/__Snapshots__"]
    ),
    .testTarget(
      name: "CursesTerminalTests",
      dependencies: ["TestHarness", "CursesTerminal", "TerminalUI", "TerminalUITesting"]),
    .testTarget(
      name: "SSHFrontTests",
      dependencies: [
        "TestHarness", "SSHFront",
        .product(name: "NIOSSH", package: "swift-nio-ssh"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "InMemoryLogging", package: "swift-log"),
      ]
    ),
    .testTarget(
      name: "RecruiterAppTests",
      dependencies: [
        "TestHarness", "TerminalUITesting", "ApplyCoreTesting",
        "RecruiterApp", "TerminalUI", "ApplyCore", "KomboAPI",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["__Snapshots__"]
    ),
    // Runs the built `kombo-apply` binary: command line, sandbox over loopback, TUI in a pty.
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "TestHarness", "ApplyCoreTesting", "TerminalUITesting",
        "KomboAPI", "ApplyCore", "ATSSandbox", "TerminalUI", "RecruiterApp",
        .product(name: "Hummingbird", package: "hummingbird"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)

// Swift 6's upcoming rules for every module: `any` on every existential, imports internal unless a
// file says `public import` (its public API uses that module's types), and members visible only from
// modules a file imports itself.
for target in package.targets where target.type != .system {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InternalImportsByDefault"),
      .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
