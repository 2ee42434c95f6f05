#!/usr/bin/env python3
"""Independent structural check of the NT heaps in a forged minidump.

Usage: heapcheck.py DUMP EXPECTED.json
  EXPECTED.json is what `dumpforge SCENARIO --describe-json` prints (its "heaps" and
  "stackTraceDatabase" entries are computed from the scenario, not from the written bytes).

Reads memory only through udmp_parser (0vercl0k); the OS build comes from PEB.OSBuildNumber, the
architecture from the JSON's "os" (x86 dumps: 8-byte granules, 4-byte pointers, the Win7 SP1 x86 /
Win10 x86 _HEAP columns of §3.1 and the x86 column of §3.3; table X86 below).
Every offset below is written here independently of the Swift forge and reader, from
/work/shared/reference/nt-layouts.md: §2.1 PEB, §3.1 _HEAP per build (ntdiff/headers Win7_SP1/x64 and
Win10_2004_20H1/x64 ALL_SORTED.h), §3.3 block structures, §3.4 encoding/checksum, §3.5 UnusedBytes,
§3.6 back-end walk, §4.1 stack trace database.

For each heap in PEB.ProcessHeaps: signatures; the Encoding key (EncodeFlagMask 0x100000); every
segment on SegmentList with its UCR list; every block from the segment header through FirstEntry to
LastValidEntry (decode, checksum, PreviousSize chain, LAST_ENTRY before each uncommitted range and at
the end, UnusedBytes → requested size, +ust trace index in the block's _HEAP_ENTRY_EXTRA); FreeLists
(size order, every free block listed once, TotalFreeSize); VirtualAllocdBlocks (BusyBlock decode,
requested = CommitSize − Size, flags); _HEAP_COUNTERS; and the +ust database entries. Totals are
compared with the expectation. Expected corruptions must be reported at the expected block.
LFH front end (Win10 2004 x64, §3.7; key = "lfhKey" of the JSON, i.e. ntdll!RtlpLFHKey): FrontEndHeapType
2 and FrontEndHeap; _LFH_HEAP.Heap; every _HEAP_SUBSEGMENT of every _LFH_BLOCK_ZONE on SubSegmentZones;
each user-blocks header (SubSegment back-pointer, signature 0xF0E0D0C0, EncodedOffsets decoded with the
key, BusyBitmap) sitting in a busy back-end block found by the walk; and every LFH block header (decoded
to its UserBlocks, block index, UnusedBytes 0x80 flag, busy state = bitmap bit, requested size).
LFH front end, Windows 7 SP1 x64 (§3.7 Win7 x64 column; the JSON's lfh.layout is "win7sp1-x64"):
FrontEndHeap 0x178 / FrontEndHeapType 0x182; _LFH_HEAP.Heap +0x40; each zone on SubSegmentZones (+0x28)
walked from zone+0x20 to its FreePointer (+0x10, not beyond Limit +0x18) in 0x30-byte subsegments; each
user-blocks header's SubSegment back-pointer and SizeIndex; blocks from UserBlocks+0x20 with stride
BlockSize*16 (UnusedBytes: 0x80 flag, busy = low 6 bits, free = exactly 0x80); the free blocks'
FreeEntryOffset chain from AggregateExchg; and each header's low 40 bits decoded with the §3.7 Win7 x64
formula (unverified on real dumps; checked here because the forge writes it) back to the subsegment.
LFH front end, Windows 7 SP1 x86 (lfh.layout "win7sp1-x86"): lfh7x86check.py, the same checks with the
x86 offsets, 8-byte granules and headers, and §3.7's x86 SubSegmentCode formula.
Exit 0 when everything matches, 1 with the differences on stdout, 2 on usage errors.
"""
import json
import struct
import sys

import udmp_parser

from lfh7x86check import check_lfh7_x86

# _HEAP offsets (nt-layouts.md §3.1): Win7 SP1 x64 / Win10 2004 x64 (Win11 assumed equal to 2004).
HEAP_WIN7 = dict(signature=0xA0, total_free=0xC8, ucr_list=0xF8, va_blocks=0x118, segment_list=0x128,
                 blocks_index=0x140, free_lists=0x158, front_end_type=0x182, counters=0x188)
HEAP_WIN10 = dict(signature=0x98, total_free=0xC0, ucr_list=0xF0, va_blocks=0x110, segment_list=0x120,
                  blocks_index=0x138, free_lists=0x150, front_end_type=0x1A2, counters=0x238)
# x86 columns of §3.1 (Win7 SP1 x86; Win10 x86 from an unverified 19H1+-era build).
HEAP_WIN7_X86 = dict(signature=0x64, total_free=0x78, ucr_list=0x90, va_blocks=0xA0, segment_list=0xA8,
                     blocks_index=0xB8, free_lists=0xC4, front_end_type=0xDA, counters=0xDC)
HEAP_WIN10_X86 = dict(signature=0x60, total_free=0x74, ucr_list=0x8C, va_blocks=0x9C, segment_list=0xA4,
                      blocks_index=0xB4, free_lists=0xC0, front_end_type=0xEA, counters=0x1F4)
# Per-architecture block-level offsets (§3.3 x64 / x86 columns, §3.4 item 2, §2.1 PEB).
X64 = dict(granule=16, ptr=8, entry=8, key=0x88, flags=0x70, mask=0x7C, seg_sig=0x10, seg_list=0x18, seg_base=0x30,
           seg_pages=0x38, seg_first=0x40, seg_last=0x48, seg_uncommitted=0x50, seg_ucrs=0x60, ucr_link=0x10,
           ucr_address=0x20, ucr_size=0x28, free_link=0x10, va_extra=0x10, va_commit=0x20, va_reserve=0x28,
           va_busy=0x30, lookup_head=0x20, counters=(0, 8, 0x18, 0x20, 0x24), counter_width=8,
           peb_build=0x120, peb_heap=0x30, peb_flags=0xBC, peb_count=0xE8, peb_array=0xF0)
X86 = dict(granule=8, ptr=4, entry=0, key=0x50, flags=0x40, mask=0x4C, seg_sig=0x08, seg_list=0x10, seg_base=0x1C,
           seg_pages=0x20, seg_first=0x24, seg_last=0x28, seg_uncommitted=0x2C, seg_ucrs=0x38, ucr_link=0x08,
           ucr_address=0x10, ucr_size=0x14, free_link=0x08, va_extra=0x08, va_commit=0x10, va_reserve=0x14,
           va_busy=0x18, lookup_head=0x18, counters=(0, 4, 0x0C, 0x10, 0x14), counter_width=4,
           peb_build=0xAC, peb_heap=0x18, peb_flags=0x68, peb_count=0x88, peb_array=0x90)
A = X64  # chosen in main() from the JSON's "os"
GRANULE = 16


class Memory:
    def __init__(self, path):
        self.parser = udmp_parser.UserDumpParser()
        if not self.parser.Parse(path):
            raise RuntimeError("udmp_parser could not parse the dump")

    def read(self, address, size):
        data = self.parser.ReadMemory(address, size)
        if data is None or len(data) != size:
            raise ValueError("cannot read 0x%x bytes at 0x%x" % (size, address))
        return bytes(data)

    def u8(self, a): return self.read(a, 1)[0]
    def u16(self, a): return struct.unpack("<H", self.read(a, 2))[0]
    def u32(self, a): return struct.unpack("<I", self.read(a, 4))[0]
    def u64(self, a): return struct.unpack("<Q", self.read(a, 8))[0]
    def ptr(self, a): return self.u64(a) if A["ptr"] == 8 else self.u32(a)

    def list_entries(self, head, limit=10_000_000):
        """Flink walk of a LIST_ENTRY (Flink +0, Blink +8; x86 +4), checking each Blink."""
        nodes, previous, node = [], head, self.ptr(head)
        while node != head:
            if self.ptr(node + A["ptr"]) != previous:
                raise ValueError("list at 0x%x: Blink of 0x%x is not 0x%x" % (head, node, previous))
            nodes.append(node)
            if len(nodes) > limit:
                raise ValueError("list at 0x%x does not close" % head)
            previous, node = node, self.ptr(node)
        return nodes


class Corrupt(Exception):
    def __init__(self, address, message):
        super().__init__("block 0x%x: %s" % (address, message))
        self.address = address


def decode_entry(memory, address, key):
    """_HEAP_ENTRY x64 +8..+F / x86 +0..+7 (§3.3) decoded with the heap key (§3.4); checksum verified."""
    raw = bytearray(memory.read(address + A["entry"], 8))
    if key:
        raw = bytearray(b ^ k for b, k in zip(raw, key))
    size, flags, tag, prev, seg_off, unused = struct.unpack("<HBBHBB", bytes(raw))
    if raw[0] ^ raw[1] ^ raw[2] != raw[3]:
        raise Corrupt(address, "header checksum mismatch")
    return dict(size=size, flags=flags, prev=prev, unused=unused)


def walk_segment(memory, segment, key, ust):
    base = memory.ptr(segment + A["seg_base"])
    first, last_valid = memory.ptr(segment + A["seg_first"]), memory.ptr(segment + A["seg_last"])
    pages, uncommitted_pages = memory.u32(segment + A["seg_pages"]), memory.u32(segment + A["seg_uncommitted"])
    ucrs = {}
    for link in memory.list_entries(segment + A["seg_ucrs"]):  # UCRSegmentList → _HEAP_UCR_DESCRIPTOR.SegmentEntry
        descriptor = link - A["ucr_link"]
        ucrs[memory.ptr(descriptor + A["ucr_address"])] = memory.ptr(descriptor + A["ucr_size"])
    if memory.u32(segment + A["seg_sig"]) != 0xFFEEFFEE:
        raise Corrupt(segment, "SegmentSignature is not 0xFFEEFFEE")
    header = decode_entry(memory, base, key)
    if not header["flags"] & 1 or base + header["size"] * GRANULE != first:
        raise Corrupt(base, "segment header block does not end at FirstEntry 0x%x" % first)
    blocks, previous, address = [], header["size"], first
    while address < last_valid:
        if address in ucrs:
            address += ucrs[address]
            previous = None
            continue
        entry = decode_entry(memory, address, key)
        if entry["size"] == 0:
            raise Corrupt(address, "size 0")
        if previous is not None and entry["prev"] != previous:
            raise Corrupt(address, "PreviousSize 0x%x, previous block has 0x%x" % (entry["prev"], previous))
        end = address + entry["size"] * GRANULE
        if end > last_valid or any(address < u < end for u in ucrs):
            raise Corrupt(address, "size 0x%x runs past the committed range" % entry["size"])
        if entry["flags"] & 0x10 and not (end in ucrs or end == last_valid):
            raise Corrupt(address, "LAST_ENTRY but the next address 0x%x is committed" % end)
        if not entry["flags"] & 0x10 and (end in ucrs or end == last_valid):
            raise Corrupt(address, "last block before an uncommitted range lacks LAST_ENTRY")
        busy = bool(entry["flags"] & 1)
        trace = 0
        if busy and entry["flags"] & 2:
            trace = memory.u16(end - GRANULE)  # _HEAP_ENTRY_EXTRA.AllocatorBackTraceIndex (§3.5, §4.2)
        blocks.append(dict(address=address, size=entry["size"], busy=busy, trace=trace,
                           requested=entry["size"] * GRANULE - (entry["unused"] & 0x3F) if busy else 0))
        previous, address = entry["size"], end
    committed = (pages - uncommitted_pages) * 0x1000
    return dict(base=base, reserve=pages * 0x1000, committed=committed, firstEntry=first,
                lastValidEntry=last_valid, blocks=blocks, ucrs=ucrs)


def check_heap(memory, heap, offsets, expected, problems, lfh_key=None):
    name = "heap 0x%x" % heap
    if memory.u32(heap + A["seg_sig"]) != 0xFFEEFFEE or memory.u32(heap + offsets["signature"]) != 0xEEFFEEFF:
        problems.append("%s: signatures wrong" % name)
        return
    key = memory.read(heap + A["key"], 8) if memory.u32(heap + A["mask"]) & 0x100000 else None
    flags = memory.u32(heap + A["flags"])
    ust = bool(flags & 0x08000000)
    if flags != expected["flags"]:
        problems.append("%s: Flags 0x%x, expected 0x%x" % (name, flags, expected["flags"]))
    segments, corrupt_found = [], []
    for link in memory.list_entries(heap + offsets["segment_list"]):
        try:
            segments.append(walk_segment(memory, link - A["seg_list"], key, ust))
        except Corrupt as error:
            corrupt_found.append(error)
    wanted = [c["address"] for c in expected["corruptions"]]
    if wanted or corrupt_found:
        got = [e.address for e in corrupt_found]
        if sorted(got) != sorted(wanted):
            problems.append("%s: corruption reported at %s, expected at %s (%s)" % (
                name, [hex(a) for a in got], [hex(a) for a in wanted], "; ".join(map(str, corrupt_found))))
        else:
            print("%s: corruption detected as expected: %s" % (name, "; ".join(map(str, corrupt_found))))
        return
    if [s["base"] for s in segments] != [s["base"] for s in expected["segments"]]:
        problems.append("%s: segments %s, expected %s" % (
            name, [hex(s["base"]) for s in segments], [hex(s["base"]) for s in expected["segments"]]))
        return
    for got, want in zip(segments, expected["segments"]):
        blocks = got["blocks"]
        view = dict(reserve=got["reserve"], committed=got["committed"], firstEntry=got["firstEntry"],
                    lastValidEntry=got["lastValidEntry"], blocks=len(blocks),
                    busyBlocks=sum(b["busy"] for b in blocks), freeBlocks=sum(not b["busy"] for b in blocks),
                    uncommittedBytes=sum(got["ucrs"].values()))
        for field, value in view.items():
            if value != want[field]:
                problems.append("%s segment 0x%x: %s 0x%x, expected 0x%x" % (name, got["base"], field, value, want[field]))
        if want.get("blockSizes") is not None and [b["size"] for b in blocks] != want["blockSizes"]:
            problems.append("%s segment 0x%x: block sizes differ" % (name, got["base"]))
    all_blocks = [b for s in segments for b in s["blocks"]]
    busy = [b for b in all_blocks if b["busy"]]
    free = {b["address"]: b["size"] for b in all_blocks if not b["busy"]}
    traces = {}
    for block in busy:
        traces[str(block["trace"])] = traces.get(str(block["trace"]), 0) + 1
    totals = dict(busyBlocks=len(busy), freeBlocks=len(free), requestedBytes=sum(b["requested"] for b in busy),
                  totalFreeGranules=sum(free.values()))
    for field, value in totals.items():
        if value != expected[field]:
            problems.append("%s: %s %d, expected %d" % (name, field, value, expected[field]))
    if traces != expected["busyTraceCounts"]:
        problems.append("%s: trace indexes %s, expected %s" % (name, traces, expected["busyTraceCounts"]))
    if memory.ptr(heap + offsets["total_free"]) != sum(free.values()):
        problems.append("%s: TotalFreeSize 0x%x, walk found 0x%x" % (name, memory.ptr(heap + offsets["total_free"]), sum(free.values())))
    listed, last_size = [], 0
    for link in memory.list_entries(heap + offsets["free_lists"]):
        entry = decode_entry(memory, link - A["free_link"], key)
        if entry["flags"] & 1 or entry["size"] < last_size:
            problems.append("%s: free list entry 0x%x busy or out of size order" % (name, link - A["free_link"]))
        last_size = entry["size"]
        listed.append(link - A["free_link"])
    if sorted(listed) != sorted(free):
        problems.append("%s: FreeLists hold %d blocks, the walk found %d free blocks" % (name, len(listed), len(free)))
    lookup = memory.ptr(heap + offsets["blocks_index"])
    if memory.ptr(lookup + A["lookup_head"]) != heap + offsets["free_lists"]:
        problems.append("%s: BlocksIndex.ListHead does not point at FreeLists" % name)
    virtual = []
    for entry in memory.list_entries(heap + offsets["va_blocks"]):
        commit, reserve = memory.ptr(entry + A["va_commit"]), memory.ptr(entry + A["va_reserve"])
        busy_block = decode_entry(memory, entry + A["va_busy"], key)
        if busy_block["flags"] & 0x09 != 0x09:
            problems.append("%s: VA block 0x%x flags 0x%x lack BUSY|VIRTUAL_ALLOC" % (name, entry, busy_block["flags"]))
        virtual.append(dict(address=entry, requested=commit - busy_block["size"], commitSize=commit,
                            reserveSize=reserve, traceIndex=memory.u16(entry + A["va_extra"])))
    if virtual != expected["virtualBlocks"]:
        problems.append("%s: virtual blocks %s, expected %s" % (name, virtual, expected["virtualBlocks"]))
    counters = heap + offsets["counters"]
    want_counters = (sum(s["reserve"] for s in segments), sum(s["committed"] for s in segments),
                     sum(v["commitSize"] for v in virtual), len(segments), sum(len(s["ucrs"]) for s in segments))
    wide = memory.u64 if A["counter_width"] == 8 else memory.u32
    c = A["counters"]
    got_counters = (wide(counters + c[0]), wide(counters + c[1]), wide(counters + c[2]),
                    memory.u32(counters + c[3]), memory.u32(counters + c[4]))
    if got_counters != want_counters:
        problems.append("%s: counters %s, walk gives %s" % (name, got_counters, want_counters))
    print("%s '%s': %d segments, %d busy + %d free blocks, %d virtual blocks, %d free granules" % (
        name, expected["name"], len(segments), len(busy), len(free), len(virtual), sum(free.values())))
    if expected.get("lfh"):
        if lfh_key is None:
            problems.append("%s: an LFH front end is expected but the JSON has no lfhKey" % name)
        else:
            layout = expected["lfh"].get("layout")
            check = check_lfh7 if layout == "win7sp1-x64" else check_lfh7_x86 if layout == "win7sp1-x86" else check_lfh
            check(memory, heap, {b["address"]: b["size"] for b in busy}, lfh_key, expected["lfh"], problems)
    elif memory.u8(heap + offsets["front_end_type"]) != 0:
        problems.append("%s: FrontEndHeapType %d, expected 0" % (name, memory.u8(heap + offsets["front_end_type"])))


# Win10 2004 x64 LFH offsets (nt-layouts.md §3.1 FrontEndHeap 0x198 / FrontEndHeapType 0x1A2, §3.7).
LFH_HEAP_ZONES, LFH_HEAP_HEAP, ZONE_NEXT_INDEX, ZONE_FIRST_SUBSEGMENT, SUBSEGMENT_SIZE = 0x08, 0x18, 0x10, 0x20, 0x40


def check_lfh(memory, heap, busy_blocks, key, expected, problems):
    """Walks the LFH front end from _HEAP.FrontEndHeap with its own decoding and compares it with
    the plan's expectation. busy_blocks: {address: size in granules} of the back-end walk."""
    name = "heap 0x%x LFH" % heap
    key32 = key & 0xFFFFFFFF
    if memory.u8(heap + 0x1A2) != 2:
        problems.append("%s: FrontEndHeapType %d, expected 2" % (name, memory.u8(heap + 0x1A2)))
        return
    lfh = memory.u64(heap + 0x198)
    if lfh != expected["address"] or memory.u64(lfh + LFH_HEAP_HEAP) != heap:
        problems.append("%s: FrontEndHeap 0x%x / _LFH_HEAP.Heap do not lead back to the heap" % (name, lfh))
        return
    found = []
    for zone in memory.list_entries(lfh + LFH_HEAP_ZONES):
        for index in range(memory.u32(zone + ZONE_NEXT_INDEX)):
            found.append(check_subsegment(memory, heap, lfh, zone + ZONE_FIRST_SUBSEGMENT + index * SUBSEGMENT_SIZE,
                                          busy_blocks, key32, name, problems))
    want = [{k: s[k] for k in ("address", "userBlocks", "sizeIndex", "blockSize", "blockCount", "firstAllocationOffset",
                               "busyIndexes", "requestedBytes")} for s in expected["subsegments"]]
    if found != want:
        problems.append("%s: subsegments %s, expected %s" % (name, found, want))
    # Every busy back-end block whose data starts with a user-blocks header must be one of ours.
    recognised = [b + 0x10 for b in busy_blocks if memory.u32(b + 0x10 + 0x14) == 0xF0E0D0C0]
    if sorted(recognised) != sorted(s["userBlocks"] for s in want):
        problems.append("%s: back-end blocks with the user-blocks signature %s" % (name, [hex(r) for r in recognised]))
    busy = sum(len(s["busyIndexes"]) for s in found)
    total = sum(s["blockCount"] for s in found)
    print("%s at 0x%x: %d subsegments, %d busy + %d free LFH blocks" % (name, lfh, len(found), busy, total - busy))


def check_subsegment(memory, heap, lfh, subsegment, busy_blocks, key32, name, problems):
    user = memory.u64(subsegment + 0x08)
    block_size, block_count, size_index = memory.u16(subsegment + 0x24), memory.u16(subsegment + 0x28), memory.u8(subsegment + 0x2A)
    where = "%s subsegment 0x%x" % (name, subsegment)
    granules = busy_blocks.get(user - 0x10)
    if granules is None:
        problems.append("%s: UserBlocks 0x%x is not the data of a busy back-end block" % (where, user))
        return dict(address=subsegment)
    if memory.u64(user) != subsegment or memory.u32(user + 0x14) != 0xF0E0D0C0 or memory.u8(user + 0x10) != size_index:
        problems.append("%s: user-blocks header (SubSegment, Signature, SizeIndex) wrong" % where)
    offsets = memory.u32(user + 0x18) ^ (user & 0xFFFFFFFF) ^ (lfh & 0xFFFFFFFF) ^ key32
    first, stride = offsets & 0xFFFF, offsets >> 16
    if stride != block_size * GRANULE:
        problems.append("%s: decoded BlockStride 0x%x, BlockSize 0x%x granules" % (where, stride, block_size))
    if user + first + block_count * stride > user - 0x10 + granules * GRANULE:
        problems.append("%s: %d blocks of 0x%x run past the back-end block" % (where, block_count, stride))
    bits, buffer = memory.u64(user + 0x20), memory.u64(user + 0x28)
    if bits != block_count or buffer != user + 0x30:
        problems.append("%s: BusyBitmap size %d / buffer 0x%x" % (where, bits, buffer))
    bitmap = int.from_bytes(memory.read(buffer, (bits + 63) // 64 * 8), "little")
    busy, requested = [], 0
    for index in range(block_count):
        block = user + first + index * stride
        code = memory.u32(block + 8) ^ key32 ^ (heap & 0xFFFFFFFF) ^ ((block >> 4) & 0xFFFFFFFF)
        if code & 0xFFFF or block - (code >> 12) != user or memory.u16(block + 0x0D) != index:
            problems.append("%s: block 0x%x header does not decode to its user blocks / index %d" % (where, block, index))
            continue
        unused = memory.u8(block + 0x0F)
        if not unused & 0x80:
            problems.append("%s: block 0x%x lacks the LFH flag 0x80 in UnusedBytes" % (where, block))
        is_busy = bool(unused & 0x3F)
        if is_busy != bool(bitmap >> index & 1) or (not is_busy and unused != 0x80):
            problems.append("%s: block 0x%x UnusedBytes 0x%x disagrees with the bitmap" % (where, block, unused))
        if is_busy:
            busy.append(index)
            requested += stride - (unused & 0x3F)
    if memory.u16(subsegment + 0x20) != block_count - len(busy):
        problems.append("%s: AggregateExchg.Depth %d, %d free blocks" % (where, memory.u16(subsegment + 0x20), block_count - len(busy)))
    return dict(address=subsegment, userBlocks=user, sizeIndex=size_index, blockSize=block_size, blockCount=block_count,
                firstAllocationOffset=first, busyIndexes=busy, requestedBytes=requested)


# Win7 SP1 x64 LFH offsets (nt-layouts.md §3.1 FrontEndHeap 0x178 / FrontEndHeapType 0x182, §3.7 Win7 x64).
LFH7_ZONES, LFH7_HEAP, ZONE7_FREE, ZONE7_LIMIT, SUBSEGMENT7_SIZE, USERDATA7_SIZE = 0x28, 0x40, 0x10, 0x18, 0x30, 0x20


def check_lfh7(memory, heap, busy_blocks, key, expected, problems):
    """The Windows 7 x64 front end, walked without EncodedOffsets or a bitmap (§3.7 Win7 column)."""
    name = "heap 0x%x LFH (Win7)" % heap
    if memory.u8(heap + 0x182) != 2:
        problems.append("%s: FrontEndHeapType %d, expected 2" % (name, memory.u8(heap + 0x182)))
        return
    lfh = memory.u64(heap + 0x178)
    if lfh != expected["address"] or memory.u64(lfh + LFH7_HEAP) != heap:
        problems.append("%s: FrontEndHeap 0x%x / _LFH_HEAP.Heap do not lead back to the heap" % (name, lfh))
        return
    found = []
    for zone in memory.list_entries(lfh + LFH7_ZONES):
        first, free, limit = zone + 0x20, memory.u64(zone + ZONE7_FREE), memory.u64(zone + ZONE7_LIMIT)
        if not first <= free <= limit or (free - first) % SUBSEGMENT7_SIZE:
            problems.append("%s: zone 0x%x FreePointer 0x%x / Limit 0x%x" % (name, zone, free, limit))
            continue
        for subsegment in range(first, free, SUBSEGMENT7_SIZE):
            found.append(check_subsegment7(memory, heap, subsegment, busy_blocks, key, name, problems))
    want = [{k: s[k] for k in ("address", "userBlocks", "sizeIndex", "blockSize", "blockCount", "firstAllocationOffset",
                               "busyIndexes", "requestedBytes")} for s in expected["subsegments"]]
    if found != want:
        problems.append("%s: subsegments %s, expected %s" % (name, found, want))
    if expected.get("busyBitmap") or any(s["firstAllocationOffset"] != USERDATA7_SIZE for s in expected["subsegments"]):
        problems.append("%s: the description claims a bitmap or a first block not at UserBlocks + 0x20" % name)
    busy = sum(len(s.get("busyIndexes", [])) for s in found)
    total = sum(s.get("blockCount", 0) for s in found)
    print("%s at 0x%x: %d subsegments, %d busy + %d free LFH blocks" % (name, lfh, len(found), busy, total - busy))


def check_subsegment7(memory, heap, subsegment, busy_blocks, key, name, problems):
    user = memory.u64(subsegment + 0x08)
    block_size, block_count, size_index = memory.u16(subsegment + 0x18), memory.u16(subsegment + 0x1C), memory.u8(subsegment + 0x1E)
    depth, free_entry = memory.u16(subsegment + 0x10), memory.u16(subsegment + 0x12)
    where = "%s subsegment 0x%x" % (name, subsegment)
    granules = busy_blocks.get(user - 0x10)
    if granules is None:
        problems.append("%s: UserBlocks 0x%x is not the data of a busy back-end block" % (where, user))
        return dict(address=subsegment)
    if memory.u64(user) != subsegment or memory.u64(user + 0x10) != size_index:
        problems.append("%s: user-blocks header (SubSegment back-pointer, SizeIndex) wrong" % where)
    stride = block_size * GRANULE
    if user + USERDATA7_SIZE + block_count * stride > user - 0x10 + granules * GRANULE:
        problems.append("%s: %d blocks of 0x%x run past the back-end block" % (where, block_count, stride))
    busy, requested, free = [], 0, []
    for index in range(block_count):
        block = user + USERDATA7_SIZE + index * stride
        low40 = memory.u64(block + 8) & 0xFFFFFFFFFF
        if (((block ^ heap) >> 4) ^ low40 ^ key) << 4 != subsegment:
            problems.append("%s: block 0x%x header does not decode to its subsegment (Win7 x64 40-bit scheme)" % (where, block))
        unused = memory.u8(block + 0x0F)
        if not unused & 0x80:
            problems.append("%s: block 0x%x lacks the LFH flag 0x80 in UnusedBytes" % (where, block))
        if unused & 0x3F:
            busy.append(index)
            requested += stride - (unused & 0x3F)
        elif unused != 0x80:
            problems.append("%s: free block 0x%x has UnusedBytes 0x%x, expected 0x80" % (where, block, unused))
        else:
            free.append((block - user) // GRANULE)
    chain, offset = [], free_entry
    while offset != 0xFFFF and len(chain) <= block_count:
        chain.append(offset)
        offset = memory.u16(user + offset * GRANULE + 0x10)
    if sorted(chain) != free or depth != len(free):
        problems.append("%s: FreeEntryOffset chain %s / Depth %d, free blocks at %s" % (where, chain, depth, free))
    return dict(address=subsegment, userBlocks=user, sizeIndex=size_index, blockSize=block_size, blockCount=block_count,
                firstAllocationOffset=USERDATA7_SIZE, busyIndexes=busy, requestedBytes=requested)


def check_database(memory, expected, problems):
    base = expected["address"]
    # §4.1: x64 / x86 columns of _STACK_TRACE_DATABASE and _RTL_STACK_TRACE_ENTRY.
    added, index_field, count_field, index_off, depth_off, trace_off = (
        (0xB4, 0xB8, 0x08, 0x0C, 0x0E, 0x10) if A["ptr"] == 8 else (0x60, 0x64, 0x04, 0x08, 0x0A, 0x0C))
    count = memory.u32(base + added)  # NumberOfEntriesAdded
    index_array = memory.ptr(base + index_field)  # EntryIndexArray
    word = "Q" if A["ptr"] == 8 else "I"
    got = []
    for index in range(1, count + 1):
        entry = memory.ptr(index_array - index * A["ptr"])
        depth = memory.u16(entry + depth_off)
        frames = list(struct.unpack("<%d%s" % (depth, word), memory.read(entry + trace_off, A["ptr"] * depth)))
        got.append(dict(index=memory.u16(entry + index_off), frames=frames, count=memory.u16(entry + count_field) & 0x7FF))
    want = [dict(index=t["index"], frames=t["frames"], count=min(t["count"], 0x7FF)) for t in expected["traces"]]
    if got != want:
        problems.append("stack trace database: %s, expected %s" % (got, want))
    else:
        print("stack trace database at 0x%x: %d traces" % (base, count))


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    with open(argv[2]) as handle:
        expected = json.load(handle)
    global A, GRANULE
    x86 = expected.get("os", "").endswith("-x86")
    A = X86 if x86 else X64
    GRANULE = A["granule"]
    memory = Memory(argv[1])
    problems = []
    peb = expected["peb"]
    build = memory.u16(peb + A["peb_build"])  # PEB.OSBuildNumber (§2.1)
    if x86:
        offsets = HEAP_WIN7_X86 if build == 7601 else HEAP_WIN10_X86 if build >= 19041 else None
    else:
        offsets = HEAP_WIN7 if build == 7601 else HEAP_WIN10 if build >= 19041 else None
    if offsets is None:
        print("unsupported build %d" % build)
        return 1
    heaps = expected.get("heaps") or []
    count, array = memory.u32(peb + A["peb_count"]), memory.ptr(peb + A["peb_array"])
    pointers = [memory.ptr(array + A["ptr"] * i) for i in range(count)]
    if pointers != [h["base"] for h in heaps]:
        problems.append("PEB.ProcessHeaps %s, expected %s" % ([hex(p) for p in pointers], [hex(h["base"]) for h in heaps]))
    if heaps and memory.ptr(peb + A["peb_heap"]) != pointers[0]:
        problems.append("PEB.ProcessHeap is not ProcessHeaps[0]")
    for heap, want in zip(pointers, heaps):
        check_heap(memory, heap, offsets, want, problems, expected.get("lfhKey"))
    if expected.get("stackTraceDatabase"):
        if not memory.u32(peb + A["peb_flags"]) & 0x1000:
            problems.append("stack trace database present but NtGlobalFlag lacks 0x1000")
        check_database(memory, expected["stackTraceDatabase"], problems)
    for problem in problems:
        print("MISMATCH: " + problem)
    print("heapcheck: %s" % ("OK" if not problems else "%d problems" % len(problems)))
    return 0 if not problems else 1


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (ValueError, Corrupt) as error:  # unreadable structure where the expectation points
        print("MISMATCH: %s" % error)
        print("heapcheck: failed")
        sys.exit(1)
