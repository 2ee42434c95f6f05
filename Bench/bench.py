#!/usr/bin/env python3
"""`make bench`: time dumpdbg on forged workloads, beside its peers and the floor, and write
Docs/performance.md.

Every operation is timed as a whole command (`dumpdbg -z DUMP -c "...; q"`), repeated, and reported
as the median with the spread (min-max) and the peak resident memory of the process. Peers (PyPI's
udmp-parser and minidump) open the same dumps in the same run. The floor is the time to read the
bytes the operation needs straight from the page cache (dd of the stream, or of the whole file).

Workloads are forged once into bench-out/ (git-ignored) from the scenarios beside this script:
  B1  b1-regions.yaml        1,000,000 regions, 20 GB committed (sparse)   -> !address
  B2  b2-heaps.yaml          10 million heap blocks over 8 heaps, +ust      -> !heap
  B3  Samples/nt-heap-leak/full.yaml  the first seed at full size (13 GB)    -> !address, !heap
  B4  ../shared/fixtures/wine/*.zst   real Wine-written dumps                -> open, lm, ~*k
"""
import json
import os
import platform
import statistics
import struct
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench-out")
DUMPDBG = os.path.join(ROOT, ".build/release/dumpdbg")
DUMPFORGE = os.path.join(ROOT, ".build/release/dumpforge")
REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def forge(name, scenario):
    path = os.path.join(OUT, name + ".dmp")
    stamp = path + ".scenario-mtime"
    mtime = str(os.path.getmtime(scenario))
    if os.path.exists(path) and os.path.exists(stamp) and open(stamp).read() == mtime:
        return path
    log(f"forging {name} from {os.path.relpath(scenario, ROOT)} ...")
    subprocess.run([DUMPFORGE, scenario, "-o", path], check=True, stdout=subprocess.DEVNULL)
    open(stamp, "w").write(mtime)
    return path


def wine(name):
    src = os.path.join(ROOT, "..", "shared", "fixtures", "wine", name + ".zst")
    if not os.path.exists(src):
        return None
    dst = os.path.join(OUT, name)
    if not os.path.exists(dst):
        subprocess.run(["zstd", "-d", "-q", "-f", src, "-o", dst], check=True)
    return dst


def timed(argv, stdin=None):
    """Runs argv under /usr/bin/time; returns (seconds, peak KB, stdout)."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, input=stdin, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    kb = int(p.stderr.strip().splitlines()[-1]) if p.stderr.strip() else 0
    return dt, kb, p.stdout


def measure(argv, stdin=None):
    runs = [timed(argv, stdin) for _ in range(REPEATS)]
    secs = [r[0] for r in runs]
    return {
        "median": statistics.median(secs), "min": min(secs), "max": max(secs),
        "peak_kb": max(r[1] for r in runs), "stdout": runs[-1][2],
    }


def dumpdbg(dump, commands):
    return measure([DUMPDBG, "-z", dump, "-c", commands + "; q"])


def supported(result):
    out = result["stdout"]
    return "No export" not in out and "Syntax error in" not in out


def stream_location(dump, stream_type):
    with open(dump, "rb") as f:
        head = f.read(32)
        _, _, count, rva = struct.unpack_from("<IIII", head)
        f.seek(rva)
        directory = f.read(12 * count)
    for i in range(count):
        t, size, at = struct.unpack_from("<III", directory, 12 * i)
        if t == stream_type:
            return at, size
    return None


def dd_floor(dump, offset, count):
    argv = ["dd", f"if={dump}", "of=/dev/null", "bs=1M", f"skip={offset}", f"count={count}",
            "iflag=skip_bytes,count_bytes", "status=none"]
    return measure(argv)


def peer(script, dump):
    py = os.path.join(ROOT, ".build-venv/bin/python")
    if not os.path.exists(py):
        return None
    return measure([py, "-c", script, dump])


UDMP_OPEN = "import sys, udmp_parser; p = udmp_parser.UserDumpParser(); assert p.Parse(sys.argv[1])"
MINIDUMP_OPEN = "import sys; from minidump.minidumpfile import MinidumpFile; MinidumpFile.parse(sys.argv[1])"


def fmt_s(r):
    if r is None:
        return "n/a"
    if r["median"] < 0.001:
        return f"{r['median'] * 1e6:.0f} µs ({r['min'] * 1e6:.0f}-{r['max'] * 1e6:.0f})"
    if r["median"] < 1:
        return f"{r['median'] * 1000:.0f} ms ({r['min'] * 1000:.0f}-{r['max'] * 1000:.0f})"
    return f"{r['median']:.2f} s ({r['min']:.2f}-{r['max']:.2f})"


HAND_MARKER = "<!-- Measured by hand below this line: make bench keeps it as it is. -->"

INPROCESS_NOTE = [
    "## In-process benchmarks", "",
    "`make bench-inprocess` runs the same workloads inside one process with ordo-one/benchmark (wall clock",
    "and peak resident memory per iteration, no process start, output counted not printed): open +",
    "`!address -summary` on B1, open + `!heap -s` on B2, 1,000 `!heap -p -a` after the first `!heap -x`",
    "(index built outside the measurement), open + `s -q` over all memory on B2. The suite is its own",
    "package (Bench/InProcess, swift-tools-version 6.1, benchmark 1.38.1 with the MallocInterposer trait)",
    "so `swift build`, `make test` and CI never build it. It reads the dumps from bench-out/ (`make bench`",
    "forges them) or from `BENCH_DUMPS=folder`; a missing dump skips its benchmarks with one line.", "",
]


def main():
    os.makedirs(OUT, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    dumps = {
        "B1": forge("b1-regions", os.path.join(here, "b1-regions.yaml")),
        "B2": forge("b2-heaps", os.path.join(here, "b2-heaps.yaml")),
        "B3": forge("nt-heap-leak-full", os.path.join(ROOT, "Samples/nt-heap-leak/full.yaml")),
    }
    for name in ["sample-crash-full.dmp", "leak-full.dmp"]:
        path = wine(name)
        if path:
            dumps["B4 " + name] = path

    rows = []

    def row(workload, operation, result, floor=None, note=""):
        size = os.path.getsize(dumps[workload])
        ratio = f"{result['median'] / floor['median']:.1f}x" if result and floor and floor["median"] > 0 else ""
        rows.append((workload, operation, fmt_s(result), f"{result['peak_kb'] / 1024:.0f} MB" if result else "n/a",
                     f"{100.0 * result['peak_kb'] * 1024 / size:.2f}%" if result else "", fmt_s(floor), ratio, note))
        log(f"{workload:28} {operation:34} {fmt_s(result)}")

    for w, dump in dumps.items():
        log(f"{w}: {dump} ({os.path.getsize(dump) / 2**30:.2f} GiB)")
        opened = dumpdbg(dump, ".echo opened")
        header = dd_floor(dump, 0, 4096)
        row(w, "open + banner", opened, header, "floor: header page")
        row(w, "udmp-parser: open", peer(UDMP_OPEN, dump))
        row(w, "minidump (Python): open", peer(MINIDUMP_OPEN, dump))
        loc = stream_location(dump, 16)
        if loc and w != "B2":
            r = dumpdbg(dump, "!address -summary")
            if supported(r):
                row(w, "open + !address -summary", r, dd_floor(dump, loc[0], loc[1]), "floor: MemoryInfoList bytes")
        if w in ("B2", "B3"):
            for cmd in ["!heap -s", "!heap -stat -h 0"]:
                r = dumpdbg(dump, cmd)
                if supported(r):
                    row(w, "open + " + cmd, r)
        if w == "B2":
            heaps = [l.split()[0] for l in dumpdbg(dump, "!heap")["stdout"].splitlines() if l.strip().endswith("NT Heap")]
            if heaps:
                probe = f"0x{heaps[0]}+0x20000"
                one = dumpdbg(dump, f"!heap -x {probe}")
                many = dumpdbg(dump, f"!heap -x {probe}; " + "; ".join([f"!heap -p -a {probe}+0x{i * 0x40:x}" for i in range(1000)]))
                per = dict(many)
                per["median"] = max(0.0, (many["median"] - one["median"]) / 1000)
                per["min"] = max(0.0, (many["min"] - one["max"]) / 1000)
                per["max"] = max(0.0, (many["max"] - one["min"]) / 1000)
                row(w, "open + first !heap -x (walk + index)", one)
                row(w, "each later !heap -p -a (1,000 lookups)", per, note="(time of 1,000 lookups - one) / 1,000")
            s = dumpdbg(dump, "s -q 0 L?0x7fffffffffff 4141414141414141")
            size = os.path.getsize(dump)
            row(w, "open + s -q over all memory", s, dd_floor(dump, 0, size),
                f"{size / s['median'] / 2**30:.2f} GiB/s of file; floor: dd of the whole file")
            global REPEATS
            saved, REPEATS = REPEATS, 1
            row(w, "open + !heap -l (one run)", dumpdbg(dump, "!heap -l"), note="prints every busy block: B2 has no pointers")
            REPEATS = saved
        if w.startswith("B4"):
            for cmd in ["lm", "~*k"]:
                r = dumpdbg(dump, cmd)
                if supported(r):
                    row(w, "open + " + cmd, r)

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    cpu = ""
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    lines = [
        "# Performance", "",
        "Written by `make bench` (Bench/bench.py). Every figure is a whole command (`dumpdbg -z DUMP -c \"...; q\"`),",
        f"median of {REPEATS} runs with the spread (min-max), on warm page cache. Peak RSS is the process's",
        "maximum resident set; % is relative to the dump file's size. The floor is `dd` of the bytes the",
        "operation must read, from the page cache; the ratio is dumpdbg's time over the floor.", "",
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores, {cpu}",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- Commit: {commit}", "",
        "| workload | operation | time | peak RSS | RSS/dump | floor | ratio | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    lines += ["", "Workloads: " + "; ".join(f"{w} = {os.path.basename(p)} ({os.path.getsize(p) / 2**30:.2f} GiB)" for w, p in dumps.items()), ""]
    lines += INPROCESS_NOTE
    doc = os.path.join(ROOT, "Docs", "performance.md")
    # What was measured by hand (in-process runs, Ctrl-C latencies, fuzzing) sits below HAND_MARKER
    # and is kept as it is.
    kept = ""
    if os.path.exists(doc):
        old = open(doc).read()
        if HAND_MARKER in old:
            kept = "\n" + old[old.index(HAND_MARKER):]
    open(doc, "w").write("\n".join(lines) + kept)
    log(f"wrote {os.path.relpath(doc, ROOT)}")


if __name__ == "__main__":
    main()
