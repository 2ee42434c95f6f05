// Capstone 4.x (Debian libcapstone-dev), used by the Commands target's Disassembler only: the
// header gives the types; the library is opened with dlopen on first use (CapstoneLibrary.swift).
#include <capstone/capstone.h>
