; The ATmega328P vector table: 26 entries of one JMP (4 bytes) each, reset first.
; Interrupts not handled by the program restart it through __vector_default.
; __vector_11 (TIMER1_COMPA) is the runtime's clock interrupt in programs that read
; the clock; the linker script supplies the default otherwise.

    .section .vectors, "ax", @progbits
    .global __vectors
__vectors:
    jmp __init
    .rept 10
    jmp __vector_default
    .endr
    jmp __vector_11     ; TIMER1_COMPA: the runtime's clock, or __vector_default (atmega328p.ld)
    .rept 14
    jmp __vector_default
    .endr
