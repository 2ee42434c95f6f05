#!/bin/bash
# Builds the libFuzzer harnesses: DumpModel and Commands compiled once each as instrumented
# modules (-sanitize=fuzzer,address, whole-module, -enable-testing), then one small link per
# harness. Usage: Fuzz/build.sh OUTDIR. Called by `make fuzz`.
set -euo pipefail
out=${1:-.build/fuzz}
mkdir -p "$out/modules" "$out/cprefetch"
# CPrefetch is a header-only C target (static inline); SwiftPM makes its module map, swiftc needs one.
printf 'module CPrefetch {\n  header "%s/Sources/CPrefetch/include/CPrefetch.h"\n  export *\n}\n' "$PWD" > "$out/cprefetch/module.modulemap"
flags=(-sanitize=fuzzer,address -O -g -enable-testing -parse-as-library -I "$out/modules" -I Sources/CCapstone -I "$out/cprefetch")
newer() { [ ! -f "$1" ] || [ -n "$(find "${@:2}" -name '*.swift' -newer "$1" -print -quit)" ]; }
if newer "$out/modules/DumpModel.o" Sources/DumpModel; then
  swiftc "${flags[@]}" -wmo -c -module-name DumpModel -emit-module -emit-module-path "$out/modules/DumpModel.swiftmodule" \
    $(find Sources/DumpModel -name '*.swift') -o "$out/modules/DumpModel.o"
fi
if newer "$out/modules/Commands.o" Sources/Commands Sources/DumpModel; then
  swiftc "${flags[@]}" -wmo -c -module-name Commands -emit-module -emit-module-path "$out/modules/Commands.swiftmodule" \
    $(find Sources/Commands -name '*.swift') -o "$out/modules/Commands.o"
fi
for h in dump:DumpFuzz expr:ExpressionFuzz heap:HeapFuzz; do
  name=${h%%:*}; src=Fuzz/${h##*:}.swift
  rm -f "$out/$name-fuzz"
  swiftc "${flags[@]}" -module-name "${h##*:}" "$src" "$out/modules/DumpModel.o" "$out/modules/Commands.o" \
    -o "$out/$name-fuzz" 2>&1 | grep -v 'Cannot export local symbol' || true
  [ -x "$out/$name-fuzz" ]
done
