; Start-up code and setjmp/longjmp for AVR chips with a 3-byte program counter (more
; than 128 KiB of flash: the ATmega2560, avr6). They differ from avr5.s's in what the
; bigger flash asks for: .data's load image may lie above 64 KiB, so __init copies it
; with elpm through RAMPZ:Z; CALL pushes 3 bytes of return address, so setjmp pops and
; saves 3 and returns, like longjmp, with eijmp through EIND. __init clears EIND, so
; that eicall and eijmp, which LLVM uses for calls through function pointers (16-bit
; word addresses), reach the first 128 KiB, where atmega2560.ld keeps all code.

    .section .text.__init, "ax", @progbits
    .global __init
    .type __init, @function
__init:
    clr r1
    out 0x3f, r1            ; SREG
    out 0x3c, r1            ; EIND
    ldi r28, lo8(_stack_top)
    ldi r29, hi8(_stack_top)
    out 0x3e, r29
    out 0x3d, r28

    ldi r26, lo8(_sdata)
    ldi r27, hi8(_sdata)
    ldi r30, lo8(_sidata)
    ldi r31, hi8(_sidata)
    ldi r24, hh8(_sidata)
    out 0x3b, r24           ; RAMPZ
    ldi r24, lo8(_edata)
    ldi r25, hi8(_edata)
.Lcopy_data:
    cp r26, r24
    cpc r27, r25
    brsh .Lzero_bss_start
    elpm r0, Z+             ; (increments RAMPZ:Z as one 24-bit address)
    st X+, r0
    rjmp .Lcopy_data

.Lzero_bss_start:
    out 0x3b, r1
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

; Checkpoints for panics (runtime/panic.go). setjmp(buf in r25:r24) saves r2-r17,
; r28-r29, the caller's SP and the 3-byte return address (popped, most significant
; byte first, so the saved SP is the caller's) in buf (runtime.jmpBuf, 24 bytes on
; avr6), and returns 0 in r25:r22 by jumping back; longjmp(buf) restores them and
; returns 1 from that setjmp. The compiler marks setjmp's calls returns_twice.

    .section .text.setjmp, "ax", @progbits
    .global setjmp
    .type setjmp, @function
setjmp:
    movw r26, r24
    st_callee_saved
    pop r19
    pop r31
    pop r30
    in r18, 0x3d
    st X+, r18
    in r18, 0x3e
    st X+, r18
    st X+, r30
    st X+, r31
    st X+, r19
    out 0x3c, r19           ; EIND
    clr r22
    clr r23
    clr r24
    clr r25
    eijmp
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
    ld r20, X+
    out 0x3c, r20           ; EIND
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
    eijmp
    .size longjmp, . - longjmp
