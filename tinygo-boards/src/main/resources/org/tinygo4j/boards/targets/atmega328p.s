; The ATmega328P vector table: 26 entries of one JMP (4 bytes) each, reset first.
; Entry n jumps to __vector_n: the runtime's clock (11, TIMER1_COMPA) or a handler the
; compiler built for runtime/interrupt.New; atmega328p.ld makes every other one
; __vector_default, which restarts the program.

    .section .vectors, "ax", @progbits
    .global __vectors
__vectors:
    jmp __init
    jmp __vector_1
    jmp __vector_2
    jmp __vector_3
    jmp __vector_4
    jmp __vector_5
    jmp __vector_6
    jmp __vector_7
    jmp __vector_8
    jmp __vector_9
    jmp __vector_10
    jmp __vector_11
    jmp __vector_12
    jmp __vector_13
    jmp __vector_14
    jmp __vector_15
    jmp __vector_16
    jmp __vector_17
    jmp __vector_18
    jmp __vector_19
    jmp __vector_20
    jmp __vector_21
    jmp __vector_22
    jmp __vector_23
    jmp __vector_24
    jmp __vector_25
