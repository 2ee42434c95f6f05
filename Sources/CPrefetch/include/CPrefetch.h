#ifndef CPREFETCH_H
#define CPREFETCH_H

/// A read prefetch hint (GCC/Clang __builtin_prefetch: read, keep in all cache levels). Unlike a
/// load, it never blocks retirement, so a walk that cannot know its next address can still keep
/// several cache misses in flight ahead of itself. A hint only: it never faults.
static inline void dd_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

/// CPUs this process may run on (sched_getaffinity; `taskset -c 0` gives 1), 1 when unknown.
int dd_usable_cpus(void);

#endif
