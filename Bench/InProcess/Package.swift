// swift-tools-version:6.1
// In-process benchmarks of dumpdbg with ordo-one/benchmark (`make bench-inprocess`). A separate
// package so `swift build`, `swift test` and CI of the main package never build it.
import PackageDescription

let package = Package(
  name: "dumpdbg-inprocess-bench",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "dumpdbg", path: "../.."),
    .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "DumpBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "DumpModel", package: "dumpdbg"),
        .product(name: "Commands", package: "dumpdbg"),
      ],
      path: "Benchmarks/DumpBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
  ]
)
