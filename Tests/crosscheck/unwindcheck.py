#!/usr/bin/env python3
"""Independent x64 unwind check of the call chains forged with `threads[].frames`.

Usage: unwindcheck.py DUMP EXPECTED.json
  EXPECTED.json is what `dumpforge SCENARIO --describe-json` prints; each thread's "frames" lists
  the frames the scenario asked for (instructionPointer, stackPointer = Child-SP, returnAddress,
  nonvolatile registers), computed from the scenario, not read back from the dump.

Memory and thread contexts come from udmp_parser only. Written from Microsoft's PE/COFF
specification (optional header data directory 3 = exception table of 12-byte RUNTIME_FUNCTIONs)
and "x64 exception handling" (UNWIND_INFO, UNWIND_CODE ops 0 PUSH_NONVOL, 1 ALLOC_LARGE,
2 ALLOC_SMALL, 3 SET_FPREG), independently of the Swift forge and reader. For every frame:
the RUNTIME_FUNCTION holding rip, its unwind codes applied from the thread's context (Child-SP,
rip and rbx/rbp/rsi/rdi/r12-r15 must equal the expectation), the prolog bytes at the function
start must encode exactly what the unwind codes say (push / sub rsp / mov fp,rsp), and each return
address must follow a call instruction (E8 rel32 / FF 15 disp32 / FF D0). Exit 0 when all agree.
"""
import json
import struct
import sys

import udmp_parser

REGS = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"] + ["r%d" % i for i in range(8, 16)]
NONVOLATILE = ["rbx", "rbp", "rsi", "rdi", "r12", "r13", "r14", "r15"]


class Dump:
    def __init__(self, path):
        self.parser = udmp_parser.UserDumpParser()
        if not self.parser.Parse(path):
            raise RuntimeError("udmp_parser could not parse the dump")
        self.modules = [(m.BaseOfImage, m.SizeOfImage) for m in self.parser.Modules().values()]

    def read(self, address, size):
        if size == 0:
            return b""
        data = self.parser.ReadMemory(address, size)
        if data is None or len(data) != size:
            raise ValueError("cannot read 0x%x bytes at 0x%x" % (size, address))
        return bytes(data)

    def u32(self, a): return struct.unpack("<I", self.read(a, 4))[0]
    def u64(self, a): return struct.unpack("<Q", self.read(a, 8))[0]

    def function(self, rip):
        """(image base, begin, end, unwind rva) of the RUNTIME_FUNCTION holding rip, or None."""
        for base, size in self.modules:
            if not base <= rip < base + size:
                continue
            pe = base + self.u32(base + 0x3C)
            optional = pe + 24
            if struct.unpack("<H", self.read(optional, 2))[0] != 0x20B:
                raise ValueError("module at 0x%x is not PE32+" % base)
            table_rva, table_size = struct.unpack("<II", self.read(optional + 112 + 3 * 8, 8))
            for i in range(table_size // 12):
                begin, end, unwind = struct.unpack("<III", self.read(base + table_rva + 12 * i, 12))
                if begin <= rip - base < end:
                    return base, begin, end, unwind
            return None
        return None


def parse_unwind(dump, address):
    version_flags, prolog_size, count, frame = dump.read(address, 4)
    if version_flags & 7 != 1:
        raise ValueError("UNWIND_INFO at 0x%x: version %d" % (address, version_flags & 7))
    raw = dump.read(address + 4, 2 * count) if count else b""
    slots = [struct.unpack_from("<H", raw, 2 * i)[0] for i in range(count)]
    codes, i = [], 0
    while i < count:
        offset, op, info = slots[i] & 0xFF, (slots[i] >> 8) & 0xF, slots[i] >> 12
        if op == 0:
            codes.append((offset, "push", info)); i += 1
        elif op == 1 and info == 0:
            codes.append((offset, "alloc", slots[i + 1] * 8)); i += 2
        elif op == 1:
            codes.append((offset, "alloc", slots[i + 1] | slots[i + 2] << 16)); i += 3
        elif op == 2:
            codes.append((offset, "alloc", info * 8 + 8)); i += 1
        elif op == 3:
            codes.append((offset, "setfp", None)); i += 1
        else:
            raise ValueError("UNWIND_INFO at 0x%x: unexpected op %d" % (address, op))
    return prolog_size, frame & 0xF, (frame >> 4) * 16, codes


def expected_prolog(codes, frame_register):
    """The bytes the unwind codes describe, in prolog order (codes are stored last-first)."""
    out = b""
    for _, kind, value in reversed(codes):
        if kind == "push":
            out += (b"\x41" if value >= 8 else b"") + bytes([0x50 + (value & 7)])
        elif kind == "alloc":
            out += b"\x48\x83\xec" + bytes([value]) if value <= 0x7F else b"\x48\x81\xec" + struct.pack("<I", value)
        else:
            out += bytes([0x4C if frame_register >= 8 else 0x48, 0x8B, 0xC4 | (frame_register & 7) << 3])
    return out


def step(dump, regs, problems, label):
    found = dump.function(regs["rip"])
    if found is None:
        regs["rip"] = dump.u64(regs["rsp"]); regs["rsp"] += 8
        return
    base, begin, _, unwind = found
    prolog_size, frame_register, frame_offset, codes = parse_unwind(dump, base + unwind)
    prolog = expected_prolog(codes, frame_register)
    if len(prolog) != prolog_size or dump.read(base + begin, len(prolog)) != prolog:
        problems.append("%s: prolog bytes at 0x%x do not match the unwind codes" % (label, base + begin))
    in_prolog = regs["rip"] - base - begin
    for offset, kind, value in codes:
        if in_prolog < prolog_size and offset > in_prolog:
            continue
        if kind == "push":
            regs[REGS[value]] = dump.u64(regs["rsp"]); regs["rsp"] += 8
        elif kind == "alloc":
            regs["rsp"] += value
        else:
            regs["rsp"] = regs[REGS[frame_register]] - frame_offset
    regs["rip"] = dump.u64(regs["rsp"]); regs["rsp"] += 8


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2]); return 2
    dump = Dump(argv[1])
    with open(argv[2]) as handle:
        expected = json.load(handle)
    contexts = {t.ThreadId: t.Context for t in dump.parser.Threads().values()}
    problems, checked = [], 0
    for thread in expected["threads"]:
        frames = thread.get("frames")
        if not frames:
            continue
        context = contexts[thread["id"]]
        regs = {name: getattr(context, name.capitalize()) for name in REGS}
        regs["rip"] = context.Rip
        for index, frame in enumerate(frames):
            label = "thread 0x%x frame %d (%s)" % (thread["id"], index, frame["name"])
            actual = [regs["rip"], regs["rsp"]] + [regs[n] for n in NONVOLATILE]
            want = [frame["instructionPointer"], frame["stackPointer"]] + [frame["nonvolatile"][n] for n in NONVOLATILE]
            if actual != want:
                problems.append("%s: rip/rsp/nonvolatile %s, expected %s"
                                % (label, [hex(v) for v in actual], [hex(v) for v in want]))
                break
            try:
                step(dump, regs, problems, label)
            except ValueError as error:
                problems.append("%s: %s" % (label, error)); break
            if regs["rip"] != frame["returnAddress"]:
                problems.append("%s: returns to 0x%x, expected 0x%x" % (label, regs["rip"], frame["returnAddress"]))
                break
            if regs["rip"]:
                before = dump.read(regs["rip"] - 6, 6)
                if not (before[1] == 0xE8 or before[:2] == b"\xff\x15" or before[4:] == b"\xff\xd0"):
                    problems.append("%s: no call instruction before return address 0x%x" % (label, regs["rip"]))
            checked += 1
    if problems:
        print("\n".join(problems)); return 1
    print("unwindcheck OK: %d frames" % checked)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
