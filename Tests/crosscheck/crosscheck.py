#!/usr/bin/env python3
"""Cross-check a forged minidump with two independent readers from PyPI.

Usage: crosscheck.py DUMP EXPECTED.json
  EXPECTED.json is what `dumpforge SCENARIO --describe-json` prints.
Opens DUMP with both `minidump` (skelsec) and `udmp_parser` (0vercl0k) and compares modules
(base, size, path), threads (id, teb, rip, rsp; eip, esp in x86 dumps) and memory regions (base, size, state, protect,
type, allocation base; committed ranges against the Memory64 list) with the expectation.
Also reads "MZ" at every module base and the first code byte of every export through both readers.
Exit status 0 when everything matches, 1 with a diff on stdout otherwise, 2 on usage errors.
"""
import json
import sys

from minidump.minidumpfile import MinidumpFile
import udmp_parser


def pc_sp(context):
    """(rip, rsp) of an x64 CONTEXT, or (eip, esp) of an x86 one (ProcessorArchitecture 0)."""
    if hasattr(context, "Rip"):
        return context.Rip, context.Rsp
    return context.Eip, context.Esp


def enum_value(value):
    return getattr(value, "value", value)


def expected_view(expected):
    modules = sorted((m["base"], m["size"], m["path"]) for m in expected["modules"])
    threads = sorted((t["id"], t["teb"], t["rip"], t["rsp"]) for t in expected["threads"])
    regions = sorted(
        (r["base"], r["size"], r["state"], r["protect"], r["type"], r["allocationBase"])
        for r in expected["regions"]
    )
    committed = sorted((r["base"], r["size"]) for r in expected["regions"] if r["state"] == 0x1000)
    return modules, threads, regions, committed


def skelsec_view(path):
    dump = MinidumpFile.parse(path)
    modules = sorted((m.baseaddress, m.size, m.name) for m in dump.modules.modules)
    threads = sorted(
        (t.ThreadId, t.Teb) + pc_sp(t.ContextObject) for t in dump.threads.threads
    )
    regions = sorted(
        (
            i.BaseAddress,
            i.RegionSize,
            enum_value(i.State),
            # skelsec's Protect enum cannot hold combined values such as PAGE_READWRITE|PAGE_GUARD
            # (it yields None); those entries are compared on the other fields only here, and
            # exactly by udmp_parser.
            enum_value(i.Protect) if i.Protect is not None else None,
            enum_value(i.Type) or 0,
            i.AllocationBase,
        )
        for i in dump.memory_info.infos
    )
    committed = sorted(
        (s.start_virtual_address, s.size) for s in dump.memory_segments_64.memory_segments
    )
    reader = dump.get_reader()
    return modules, threads, regions, committed, lambda address, size: reader.read(address, size)


def udmp_view(path):
    parser = udmp_parser.UserDumpParser()
    if not parser.Parse(path):
        raise RuntimeError("udmp_parser could not parse the dump")
    modules = sorted(
        (m.BaseOfImage, m.SizeOfImage, m.ModuleName) for m in parser.Modules().values()
    )
    threads = sorted(
        (t.ThreadId, t.Teb) + pc_sp(t.Context) for t in parser.Threads().values()
    )
    blocks = list(parser.Memory().values())
    regions = sorted(
        (b.BaseAddress, b.RegionSize, b.State, b.Protect, b.Type, b.AllocationBase) for b in blocks
    )
    committed = sorted((b.BaseAddress, b.DataSize) for b in blocks if b.DataSize > 0)

    def read(address, size):
        data = parser.ReadMemory(address, size)
        return bytes(data) if data is not None else None

    return modules, threads, regions, committed, read


def matches(expected_item, actual_item):
    return all(a is None or e == a for e, a in zip(expected_item, actual_item)) and len(
        expected_item
    ) == len(actual_item)


def compare(label, reader_name, expected, actual, problems):
    if len(expected) == len(actual) and all(matches(e, a) for e, a in zip(expected, actual)):
        return
    if expected == actual:
        return
    missing = [item for item in expected if item not in actual]
    extra = [item for item in actual if item not in expected]
    problems.append(f"{reader_name}: {label} differ")
    for item in missing[:20]:
        problems.append(f"  - expected {format_item(item)}")
    for item in extra[:20]:
        problems.append(f"  + {reader_name} has {format_item(item)}")


def format_item(item):
    return "(" + ", ".join(hex(v) if isinstance(v, int) else repr(v) for v in item) + ")"


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    dump_path, expected_path = argv[1], argv[2]
    with open(expected_path, encoding="utf-8") as handle:
        expected = json.load(handle)
    want_modules, want_threads, want_regions, want_committed = expected_view(expected)
    problems = []
    for name, view in (("minidump", skelsec_view), ("udmp_parser", udmp_view)):
        try:
            modules, threads, regions, committed, read = view(dump_path)
        except Exception as error:  # a reader failing to parse is itself a finding
            problems.append(f"{name}: failed to read the dump: {error!r}")
            continue
        compare("modules", name, want_modules, modules, problems)
        compare("threads", name, want_threads, threads, problems)
        compare("memory info regions", name, want_regions, regions, problems)
        compare("committed memory ranges", name, want_committed, committed, problems)
        for module in expected["modules"]:
            if read(module["base"], 2) != b"MZ":
                problems.append(f"{name}: no MZ at {module['name']} base {module['base']:#x}")
            for export, address in sorted(module["exports"].items()):
                # A plain export is a `ret` stub; one in a forged call chain starts with its prolog
                # (push 50-57 / 41 50-57, sub rsp 48 83|81 ec); ntdll Nt*/Zw* with `mov r10,rcx`.
                first = read(address, 3)
                if first is None or not (first[0] == 0xC3 or 0x50 <= first[0] <= 0x57
                                         or first[:2] in (b"\x41\x50", b"\x41\x51", b"\x41\x52", b"\x41\x53",
                                                          b"\x41\x54", b"\x41\x55", b"\x41\x56", b"\x41\x57")
                                         or first in (b"\x48\x83\xec", b"\x48\x81\xec", b"\x4c\x8b\xd1")):
                    problems.append(f"{name}: {module['name']}!{export} at {address:#x} is neither 'ret' nor a prolog")
    if problems:
        print("\n".join(problems))
        return 1
    print(
        f"crosscheck OK: {len(want_modules)} modules, {len(want_threads)} threads, "
        f"{len(want_regions)} regions ({len(want_committed)} committed) agree in minidump and udmp_parser"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
