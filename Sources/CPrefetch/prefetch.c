// The prefetch hint is a static inline function in include/CPrefetch.h; the CPU count needs
// glibc's GNU extensions (sched_getaffinity, CPU_COUNT), which the Swift Glibc module leaves out.
#define _GNU_SOURCE
#include <sched.h>
#include "CPrefetch.h"

int dd_usable_cpus(void) {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return 1;
  int n = CPU_COUNT(&set);
  return n > 0 ? n : 1;
}
