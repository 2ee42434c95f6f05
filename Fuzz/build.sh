#!/bin/bash
# Builds the libFuzzer harnesses: DumpModel and Commands compiled once each as instrumented
# modules (-sanitize=fuzzer,address, whole-module, -enable-testing), then one small link per
# harness. Usage: Fuzz/build.sh OUTDIR. Called by `make fuzz`.
set -euo pipefail
out=${1:-.build/fuzz}
mkdir -p "$out/modules" "$out/cprefetch"
# CPrefetch: a header (dd_prefetch, static inline) and prefetch.c (dd_usable_cpus); SwiftPM makes
# its module map and object, swiftc and the harness links need them made here.
printf 'module CPrefetch {\n  header "%s/Sources/CPrefetch/include/CPrefetch.h"\n  export *\n}\n' "$PWD" > "$out/cprefetch/module.modulemap"
cc="$(dirname "$(readlink -f "$(command -v swiftc)")")/clang"
[ -x "$cc" ] || cc=cc
"$cc" -c -O2 -g -I Sources/CPrefetch/include Sources/CPrefetch/prefetch.c -o "$out/cprefetch/prefetch.o"
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
  swiftc "${flags[@]}" -module-name "${h##*:}" "$src" "$out/modules/DumpModel.o" "$out/modules/Commands.o" "$out/cprefetch/prefetch.o" \
    -o "$out/$name-fuzz" 2>&1 | grep -v 'Cannot export local symbol' || true
  [ -x "$out/$name-fuzz" ]
done
