// The prefetch hint is a static inline function in include/CPrefetch.h; a C target needs a source.
#include "CPrefetch.h"
