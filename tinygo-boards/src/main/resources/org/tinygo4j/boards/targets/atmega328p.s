; The ATmega328P vector table: 26 entries of one JMP (4 bytes) each, reset first.
; Interrupts not handled by the program restart it through __vector_default.

    .section .vectors, "ax", @progbits
    .global __vectors
__vectors:
    jmp __init
    .rept 25
    jmp __vector_default
    .endr
