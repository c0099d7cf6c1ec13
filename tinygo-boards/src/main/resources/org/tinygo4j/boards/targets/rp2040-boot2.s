// boot2 of the RP2040: the first 256 bytes of flash. The bootrom copies them to SRAM
// (0x20041F00), checks the CRC32 of the first 252 against the last 4 (the compiler
// writes it there after linking), and runs them in Thumb mode. The code must therefore
// be position-independent: relative branches and PC-relative constants only.
//
// It sets the flash interface (the SSI, at 0x18000000) up for execute-in-place with
// the standard serial read command 03h, which every SPI flash chip has: one data
// line, a 24-bit address, no dummy cycles, one 32-bit data frame per request, the
// serial clock at clk_sys / 4 (03h reads are specified to 33-50 MHz; 31.25 MHz once the
// runtime runs clk_sys at 125 MHz). Quad-line reads would be faster but need
// chip-specific commands. Then it enters the program: VTOR, the stack pointer and the
// reset vector from the vector table at 0x10000100.

    .syntax unified
    .cpu cortex-m0plus
    .thumb

    .section .boot2, "ax", %progbits
    .p2align 2
    .global __boot2
    .type __boot2, %function
    .thumb_func
__boot2:
    ldr r3, =0x18000000           // SSI
    movs r0, #0
    str r0, [r3, #0x08]           // SSIENR: off while it is configured
    movs r0, #4
    str r0, [r3, #0x14]           // BAUDR: clk_sys / 4
    // CTRLR0: standard SPI frames (SPI_FRF 0), 32-bit data frames (DFS_32 = 31),
    // EEPROM-read transfers (TMOD 3: command and address out, then data in), mode 0
    ldr r0, =(31 << 16) | (3 << 8)
    str r0, [r3, #0x00]
    movs r0, #0
    str r0, [r3, #0x04]           // CTRLR1: NDF 0, one data frame
    // SPI_CTRLR0: XIP_CMD 03h, INST_L 8 bits (2), ADDR_L 24 bits (6 nibbles),
    // WAIT_CYCLES 0, TRANS_TYPE 0 (instruction and address on one line)
    ldr r0, =(0x03 << 24) | (2 << 8) | (6 << 2)
    ldr r1, =0x180000F4
    str r0, [r1]
    movs r0, #1
    str r0, [r3, #0x10]           // SER: the flash chip is slave 0
    str r0, [r3, #0x08]           // SSIENR: on; flash reads now go to the chip
    ldr r0, =0x10000100           // the program's vector table
    ldr r1, =0xE000ED08           // VTOR
    str r0, [r1]
    ldmia r0!, {r1, r2}           // initial stack pointer, reset vector
    msr msp, r1
    bx r2
    .ltorg
    .size __boot2, . - __boot2

    // zeros up to the CRC32, the last word of the 256 bytes
    .org 252, 0
    .word 0
