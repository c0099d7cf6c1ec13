; The ATmega2560 vector table: 57 entries of one JMP (4 bytes: with the 3-byte
; program counter each vector is two words apart, as on the ATmega328P) each, reset
; first. Entry n jumps to __vector_n: the runtime's clock (17, TIMER1_COMPA) or a
; handler the compiler built for runtime/interrupt.New; atmega2560.ld makes every
; other one __vector_default, which restarts the program.

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
    jmp __vector_26
    jmp __vector_27
    jmp __vector_28
    jmp __vector_29
    jmp __vector_30
    jmp __vector_31
    jmp __vector_32
    jmp __vector_33
    jmp __vector_34
    jmp __vector_35
    jmp __vector_36
    jmp __vector_37
    jmp __vector_38
    jmp __vector_39
    jmp __vector_40
    jmp __vector_41
    jmp __vector_42
    jmp __vector_43
    jmp __vector_44
    jmp __vector_45
    jmp __vector_46
    jmp __vector_47
    jmp __vector_48
    jmp __vector_49
    jmp __vector_50
    jmp __vector_51
    jmp __vector_52
    jmp __vector_53
    jmp __vector_54
    jmp __vector_55
    jmp __vector_56
