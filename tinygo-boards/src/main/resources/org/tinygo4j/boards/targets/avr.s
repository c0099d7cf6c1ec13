; Start-up code for AVR chips with JMP/CALL (more than 8 KiB of flash). The chip's
; own file provides the vector table in .vectors, whose reset entry jumps here.
; Sets r1 (the compiler's zero register) and SREG to 0 and SP to the end of RAM,
; copies .data (constants included) from flash with lpm, zeroes .bss, calls main,
; and sleeps with interrupts off if main returns (simavr stops there).

    .section .text.__init, "ax", @progbits
    .global __init
    .type __init, @function
__init:
    clr r1
    out 0x3f, r1
    ldi r28, lo8(_stack_top)
    ldi r29, hi8(_stack_top)
    out 0x3e, r29
    out 0x3d, r28

    ldi r26, lo8(_sdata)
    ldi r27, hi8(_sdata)
    ldi r30, lo8(_sidata)
    ldi r31, hi8(_sidata)
    ldi r24, lo8(_edata)
    ldi r25, hi8(_edata)
.Lcopy_data:
    cp r26, r24
    cpc r27, r25
    brsh .Lzero_bss_start
    lpm r0, Z+
    st X+, r0
    rjmp .Lcopy_data

.Lzero_bss_start:
    ldi r26, lo8(_sbss)
    ldi r27, hi8(_sbss)
    ldi r24, lo8(_ebss)
    ldi r25, hi8(_ebss)
.Lzero_bss:
    cp r26, r24
    cpc r27, r25
    brsh .Lcall_main
    st X+, r1
    rjmp .Lzero_bss

.Lcall_main:
    call main
    cli
.Lhalt:
    sleep
    rjmp .Lhalt
    .size __init, . - __init

    .section .text.__vector_default, "ax", @progbits
    .weak __vector_default
    .type __vector_default, @function
__vector_default:
    jmp 0
    .size __vector_default, . - __vector_default
