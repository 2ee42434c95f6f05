// Capstone 4.x (Debian libcapstone-dev), used by the Commands target's Disassembler only.
#include <capstone/capstone.h>
