// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "dumpdbg",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "dumpdbg", targets: ["dumpdbg"]),
    .executable(name: "dumpforge", targets: ["dumpforge"]),
    .library(name: "DumpModel", targets: ["DumpModel"]),
    // For the in-process benchmarks (Bench/InProcess), which run verbs through a Session.
    .library(name: "Commands", targets: ["Commands"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
  ],
  targets: [
    // The dump model: a read-only view of a minidump. No printing.
    .target(name: "CPrefetch"),
    .target(name: "DumpModel", dependencies: ["CPrefetch"]),
    // The forge: writes minidumps from scenarios. Written independently of DumpModel on purpose.
    .target(name: "DumpForge", dependencies: [.product(name: "Yams", package: "Yams")]),
    // The command interpreter: verbs, expressions, WinDbg output formats. No terminal code.
    .target(name: "Commands", dependencies: ["DumpModel", "CCapstone"]),
    // Capstone (Debian libcapstone-dev): its header only, from the default include path (no
    // pkgConfig, whose -lcapstone would map the library into every session); the Disassembler
    // opens the library on first use (CapstoneLibrary.swift).
    .systemLibrary(name: "CCapstone", providers: [.apt(["libcapstone-dev"]), .brew(["capstone"])]),
    // Non-variadic shims around libedit (el_set/el_get are variadic and not callable from Swift).
    // libedit itself is opened with dlopen on first use (shim.c), not linked.
    .target(name: "CLibEdit"),
    .target(name: "LineEditor", dependencies: ["CLibEdit"]),
    .executableTarget(
      name: "dumpdbg",
      dependencies: [
        "Commands", "DumpModel", "LineEditor",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "dumpforge",
      dependencies: ["DumpForge", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .testTarget(name: "DumpModelTests", dependencies: ["DumpModel", "DumpForge"], exclude: ["Regressions"]),
    .testTarget(
      name: "CommandsTests", dependencies: ["Commands", "DumpModel", "DumpForge"], exclude: ["Transcripts", "Scripts"]),
    .testTarget(name: "DumpForgeTests", dependencies: ["DumpForge", "DumpModel"]),
    .testTarget(name: "EndToEndTests", dependencies: ["DumpForge"]),
    .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
  ]
)
