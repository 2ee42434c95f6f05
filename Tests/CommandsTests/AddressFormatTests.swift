@testable import Commands
import Testing

/// Numbers from the published `!address -summary` samples (windbg-output-and-peers.md §1.2, the
/// seed nt-heap-leak-investigation): sizes and percentages must come out as WinDbg printed them.
@Suite("AddressFormat")
struct AddressFormatTests {
  @Test func friendlySizes() {
    #expect(AddressFormat.friendly(0x7dfe_953c_f000) == " 125.994 TB")
    #expect(AddressFormat.friendly(0x201_6726_b000) == "   2.005 TB")
    #expect(AddressFormat.friendly(0x02d2_8000) == "  45.156 MB")
    #expect(AddressFormat.friendly(0xa000) == "  40.000 kB")
    #expect(AddressFormat.friendly(0x7fc_685d_1000) == "   7.986 TB")
    #expect(AddressFormat.friendly(0x3_563a_a000) == "  13.347 GB")
    #expect(AddressFormat.friendly(0xfd000) == "1012.000 kB")
  }

  @Test func percentages() {
    let total: UInt64 = 0x7fff_ffff_0000
    let busy: UInt64 = 0x201_1fa0_d000 + 0x4b21_4000
    #expect(AddressFormat.percent(0x7dfe_953c_f000, of: total) == "98.43%")
    #expect(AddressFormat.percent(0x201_6726_b000, of: busy) == "100.00%")
    #expect(AddressFormat.percent(0x201_6726_b000, of: total) == "1.57%")
    #expect(AddressFormat.percent(0x200_033c_e000, of: busy) == "99.73%")
    #expect(AddressFormat.percent(0x4b21_4000, of: busy) == "0.06%")
    // Windows 7 x64 seed: total 0x7FF'FFFF0000.
    let busy7: UInt64 = 0x3_6793_3000 + 0x300e_c000
    #expect(AddressFormat.percent(0x7fc_685d_1000, of: 0x7ff_ffff_0000) == "99.82%")
    #expect(AddressFormat.percent(0x3_563a_a000, of: busy7) == "92.89%")
    #expect(AddressFormat.percent(0x1ff5_a000, of: busy7) == "3.48%")
  }

  @Test func protectNames() {
    #expect(AddressFormat.protectName(0x104) == "PAGE_READWRITE|PAGE_GUARD")
    #expect(AddressFormat.protectName(0x104, separator: " | ") == "PAGE_READWRITE | PAGE_GUARD")
    #expect(AddressFormat.protectName(0) == "")
  }
}
