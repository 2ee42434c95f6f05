"""Independent check of a Windows 7 SP1 x86 LFH front end, used by heapcheck.py.

Offsets written here from /work/shared/reference/nt-layouts.md, independently of the Swift forge
and reader: §3.1 Win7 x86 column (FrontEndHeap 0xD4, FrontEndHeapType 0xDA), §3.3 x86 column
(8-byte _HEAP_ENTRY: SubSegmentCode u32 +0, UnusedBytes +7), §3.5, §3.7 (Win7 x86 _HEAP_SUBSEGMENT
0x20: UserBlocks 0x04, AggregateExchg 0x08 = Depth u16 / FreeEntryOffset u16, BlockSize 0x10,
BlockCount 0x14, SizeIndex 0x16; _HEAP_USERDATA_HEADER 0x10: SubSegment 0, SizeIndex 8; x86
_LFH_BLOCK_ZONE FreePointer 0x08, Limit 0x0C, subsegments from zone + 0x10; first block at
UserBlocks + 0x10, stride BlockSize * 8; x86 header decode SubSegment = SubSegmentCode ^ RtlpLFHKey ^
Heap ^ (Block >> 3), per S7, unverified on real dumps and checked here because the forge writes it).
_LFH_HEAP x86 SubSegmentZones 0x18 and Heap 0x24 come from ntdiff/headers Win7_SP1/x86 ntdll
ALL_SORTED.h (the reference has no x86 _LFH_HEAP column).
"""

FRONT_END_HEAP, FRONT_END_TYPE = 0xD4, 0xDA
LFH_ZONES, LFH_HEAP = 0x18, 0x24
ZONE_FREE, ZONE_LIMIT, ZONE_FIRST = 0x08, 0x0C, 0x10
SUBSEGMENT_SIZE, USERDATA_SIZE, GRANULE, HEADER = 0x20, 0x10, 8, 8


def check_lfh7_x86(memory, heap, busy_blocks, key, expected, problems):
    """busy_blocks: {back-end block address: size in 8-byte granules} from the back-end walk."""
    name = "heap 0x%x LFH (Win7 x86)" % heap
    if memory.u8(heap + FRONT_END_TYPE) != 2:
        problems.append("%s: FrontEndHeapType %d, expected 2" % (name, memory.u8(heap + FRONT_END_TYPE)))
        return
    lfh = memory.u32(heap + FRONT_END_HEAP)
    if lfh != expected["address"] or memory.u32(lfh + LFH_HEAP) != heap:
        problems.append("%s: FrontEndHeap 0x%x / _LFH_HEAP.Heap do not lead back to the heap" % (name, lfh))
        return
    found = []
    for zone in memory.list_entries(lfh + LFH_ZONES):
        first, free, limit = zone + ZONE_FIRST, memory.u32(zone + ZONE_FREE), memory.u32(zone + ZONE_LIMIT)
        if not first <= free <= limit or (free - first) % SUBSEGMENT_SIZE:
            problems.append("%s: zone 0x%x FreePointer 0x%x / Limit 0x%x" % (name, zone, free, limit))
            continue
        for subsegment in range(first, free, SUBSEGMENT_SIZE):
            found.append(check_subsegment(memory, heap, subsegment, busy_blocks, key, name, problems))
    want = [{k: s[k] for k in ("address", "userBlocks", "sizeIndex", "blockSize", "blockCount", "firstAllocationOffset",
                               "busyIndexes", "requestedBytes")} for s in expected["subsegments"]]
    if found != want:
        problems.append("%s: subsegments %s, expected %s" % (name, found, want))
    if expected.get("busyBitmap") or any(s["firstAllocationOffset"] != USERDATA_SIZE for s in expected["subsegments"]):
        problems.append("%s: the description claims a bitmap or a first block not at UserBlocks + 0x10" % name)
    busy = sum(len(s.get("busyIndexes", [])) for s in found)
    total = sum(s.get("blockCount", 0) for s in found)
    print("%s at 0x%x: %d subsegments, %d busy + %d free LFH blocks" % (name, lfh, len(found), busy, total - busy))


def check_subsegment(memory, heap, subsegment, busy_blocks, key, name, problems):
    user = memory.u32(subsegment + 0x04)
    block_size, block_count, size_index = memory.u16(subsegment + 0x10), memory.u16(subsegment + 0x14), memory.u8(subsegment + 0x16)
    depth, free_entry = memory.u16(subsegment + 0x08), memory.u16(subsegment + 0x0A)
    where = "%s subsegment 0x%x" % (name, subsegment)
    granules = busy_blocks.get(user - HEADER)
    if granules is None:
        problems.append("%s: UserBlocks 0x%x is not the data of a busy back-end block" % (where, user))
        return dict(address=subsegment)
    if memory.u32(user) != subsegment or memory.u32(user + 0x08) != size_index:
        problems.append("%s: user-blocks header (SubSegment back-pointer, SizeIndex) wrong" % where)
    stride = block_size * GRANULE
    if user + USERDATA_SIZE + block_count * stride > user - HEADER + granules * GRANULE:
        problems.append("%s: %d blocks of 0x%x run past the back-end block" % (where, block_count, stride))
    busy, requested, free = [], 0, []
    for index in range(block_count):
        block = user + USERDATA_SIZE + index * stride
        if (memory.u32(block) ^ key ^ heap ^ (block >> 3)) & 0xFFFFFFFF != subsegment:
            problems.append("%s: block 0x%x header does not decode to its subsegment (Win7 x86 scheme)" % (where, block))
        unused = memory.u8(block + 7)
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
        offset = memory.u16(user + offset * GRANULE + HEADER)
    if sorted(chain) != free or depth != len(free):
        problems.append("%s: FreeEntryOffset chain %s / Depth %d, free blocks at %s" % (where, chain, depth, free))
    return dict(address=subsegment, userBlocks=user, sizeIndex=size_index, blockSize=block_size, blockCount=block_count,
                firstAllocationOffset=USERDATA_SIZE, busyIndexes=busy, requestedBytes=requested)
