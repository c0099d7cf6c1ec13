; Start-up code and setjmp/longjmp for AVR chips with a 2-byte program counter (up to
; 128 KiB of flash: the ATmega328P). The compiler provides the vector table in
; .vectors (codegen AvrVectors: as long as the program needs), whose reset entry jumps
; to __init. __init sets r1 (the compiler's zero
; register) and SREG to 0 and SP to the end of RAM, copies .data (constants included)
; from flash with lpm, zeroes .bss and what follows up to _ezero (the collector's metadata,
; atmega328p.ld), calls main, and sleeps with interrupts off if main
; returns (simavr stops there).

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
    ldi r24, lo8(_ezero)
    ldi r25, hi8(_ezero)
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

; Checkpoints for panics (runtime/panic.go). setjmp(buf in r25:r24) saves r2-r17,
; r28-r29, the caller's SP and the return address (popped, so the saved SP is the
; caller's) in buf (runtime.jmpBuf, 22 bytes of its 24), and returns 0 in r25:r22 by jumping
; back; longjmp(buf) restores them and returns 1 from that setjmp. The compiler marks
; setjmp's calls returns_twice.

    .section .text.setjmp, "ax", @progbits
    .global setjmp
    .type setjmp, @function
setjmp:
    movw r26, r24
    st_callee_saved
    pop r31
    pop r30
    in r18, 0x3d
    st X+, r18
    in r18, 0x3e
    st X+, r18
    st X+, r30
    st X+, r31
    clr r22
    clr r23
    clr r24
    clr r25
    ijmp
    .size setjmp, . - setjmp

    .section .text.longjmp, "ax", @progbits
    .global longjmp
    .type longjmp, @function
longjmp:
    movw r26, r24
    ld_callee_saved
    ld r18, X+
    ld r19, X+
    ld r30, X+
    ld r31, X+
    in r0, 0x3f
    cli
    out 0x3e, r19
    out 0x3d, r18
    out 0x3f, r0
    ldi r22, 1
    clr r23
    clr r24
    clr r25
    clr r1
    ijmp
    .size longjmp, . - longjmp

