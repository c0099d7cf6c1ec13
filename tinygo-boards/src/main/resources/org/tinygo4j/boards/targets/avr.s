; Code shared by AVR chips with JMP/CALL (more than 8 KiB of flash), whatever the
; size of their program counter: the default vector, goroutine switches, the
; collector's register spill and the division routine LLVM calls. The start-up code
; and setjmp/longjmp, which depend on the size of a return address, are in avr5.s
; (2-byte program counter, up to 128 KiB of flash) and avr6.s (3 bytes: the
; ATmega2560); the chip's own file provides the vector table.

; setjmp and longjmp (avr5.s, avr6.s) store and load the callee-saved registers
; r2-r17 and r28-r29 at X, which they advance past them.

    .macro st_callee_saved
    st X+, r2
    st X+, r3
    st X+, r4
    st X+, r5
    st X+, r6
    st X+, r7
    st X+, r8
    st X+, r9
    st X+, r10
    st X+, r11
    st X+, r12
    st X+, r13
    st X+, r14
    st X+, r15
    st X+, r16
    st X+, r17
    st X+, r28
    st X+, r29
    .endm

    .macro ld_callee_saved
    ld r2, X+
    ld r3, X+
    ld r4, X+
    ld r5, X+
    ld r6, X+
    ld r7, X+
    ld r8, X+
    ld r9, X+
    ld r10, X+
    ld r11, X+
    ld r12, X+
    ld r13, X+
    ld r14, X+
    ld r15, X+
    ld r16, X+
    ld r17, X+
    ld r28, X+
    ld r29, X+
    .endm

    .section .text.__vector_default, "ax", @progbits
    .weak __vector_default
    .type __vector_default, @function
__vector_default:
    jmp 0
    .size __vector_default, . - __vector_default

; Goroutine switches (runtime/scheduler_tasks.go). Arguments arrive in r25:r24 (the
; new stack pointer, or a fresh stack's top) and r23:r22 (where to save the old one).
; The callee-saved registers r2-r17 and r28-r29 go on the old stack, SP into the
; save slot, and the new task's registers come off its stack; ret then resumes it
; where it called tinygo_swapTask. SP changes with interrupts off, as its two halves
; are written one at a time. A new task starts by calling tinygo_taskEntry, which
; never returns, with SP one below its stack's top (AVR pushes post-decrement).

    .section .text.tinygo_swapTask, "ax", @progbits
    .global tinygo_swapTask
    .type tinygo_swapTask, @function
tinygo_swapTask:
    push r2
    push r3
    push r4
    push r5
    push r6
    push r7
    push r8
    push r9
    push r10
    push r11
    push r12
    push r13
    push r14
    push r15
    push r16
    push r17
    push r28
    push r29
    in r18, 0x3d
    in r19, 0x3e
    movw r30, r22
    st Z, r18
    std Z+1, r19
    in r0, 0x3f
    cli
    out 0x3e, r25
    out 0x3d, r24
    out 0x3f, r0
    pop r29
    pop r28
    pop r17
    pop r16
    pop r15
    pop r14
    pop r13
    pop r12
    pop r11
    pop r10
    pop r9
    pop r8
    pop r7
    pop r6
    pop r5
    pop r4
    pop r3
    pop r2
    ret
    .size tinygo_swapTask, . - tinygo_swapTask

    .section .text.tinygo_startTask, "ax", @progbits
    .global tinygo_startTask
    .type tinygo_startTask, @function
tinygo_startTask:
    push r2
    push r3
    push r4
    push r5
    push r6
    push r7
    push r8
    push r9
    push r10
    push r11
    push r12
    push r13
    push r14
    push r15
    push r16
    push r17
    push r28
    push r29
    in r18, 0x3d
    in r19, 0x3e
    movw r30, r22
    st Z, r18
    std Z+1, r19
    sbiw r24, 1
    in r0, 0x3f
    cli
    out 0x3e, r25
    out 0x3d, r24
    out 0x3f, r0
    ; no callee-saved values of the old goroutine (the collector would take them for
    ; pointers once this one saves them in a switch)
    clr r2
    clr r3
    movw r4, r2
    movw r6, r2
    movw r8, r2
    movw r10, r2
    movw r12, r2
    movw r14, r2
    movw r16, r2
    movw r28, r2
    call tinygo_taskEntry
.Lstart_hang:
    rjmp .Lstart_hang
    .size tinygo_startTask, . - tinygo_startTask

; The collector's mark phase (runtime/gc_conservative.go): the callee-saved registers
; go on the stack, where a scan from SP finds the pointers they hold, and
; tinygo_scanstack gets SP as its argument (r24:r25). The argument (r25:r24) is the
; stack the marking runs on (runtime.systemStack: when a goroutine collects, the main
; stack's free part below main's saved SP), or 0 to run it on the current stack. On
; the system stack the registers are pushed there too (the collector scans the main
; stack from 18 bytes below main's saved SP then), tinygo_scanstack gets the
; goroutine's SP, and the goroutine's stack holds only the return address.

    .section .text.tinygo_scanCurrentStack, "ax", @progbits
    .global tinygo_scanCurrentStack
    .type tinygo_scanCurrentStack, @function
tinygo_scanCurrentStack:
    movw r26, r24           ; X: the stack to mark on, or 0
    in r24, 0x3d            ; the SP to come back to
    in r25, 0x3e
    adiw r26, 0
    breq .Lpush_start
    in r0, 0x3f
    cli
    out 0x3e, r27
    out 0x3f, r0
    out 0x3d, r26
.Lpush_start:
    ; r2-r17 pushed in order, read from the data space, where the register file lies
    ; at addresses 0-31 (a loop: shorter than 16 pushes; Z is free, caller-saved)
    ldi r30, 2
    ldi r31, 0
.Lpush_saved:
    ld r0, Z+
    push r0
    cpi r30, 18
    brne .Lpush_saved
    push r28
    push r29
    movw r28, r24           ; Y (kept by the callee): the SP to come back to
    adiw r26, 0
    brne .Lmark             ; on the system stack: scan the goroutine's from its SP
    in r24, 0x3d            ; on this stack: scan from below the registers
    in r25, 0x3e
.Lmark:
    call tinygo_scanstack
    ; tinygo_scanstack kept the callee-saved registers as the ABI says: r2-r17 still
    ; hold what was pushed, and Y comes back from the stack; the other 16 bytes are
    ; dropped with SP. SP changes with interrupts off; the out after the one restoring
    ; SREG completes before an interrupt can be taken.
    movw r24, r28
    pop r29
    pop r28
    in r0, 0x3f
    cli
    out 0x3e, r25
    out 0x3f, r0
    out 0x3d, r24
    ret
    .size tinygo_scanCurrentStack, . - tinygo_scanCurrentStack

; The scheduler's timer work from a goroutine (runtime.pause, systemstack_avr.go):
; tinygo_onSystemStack(sp, from) stores the goroutine's SP (below Y, pushed) in *from
; (r23:r22), runs tinygo_systemWork on the stack sp (r25:r24) and comes back. The
; other callee-saved registers stay in registers: tinygo_systemWork keeps them as the
; ABI says (and a collection it makes finds them on the stack it runs on).

    .section .text.tinygo_onSystemStack, "ax", @progbits
    .global tinygo_onSystemStack
    .type tinygo_onSystemStack, @function
tinygo_onSystemStack:
    push r28
    push r29
    in r28, 0x3d
    in r29, 0x3e
    movw r30, r22
    st Z, r28
    std Z+1, r29
    in r0, 0x3f
    cli
    out 0x3e, r25
    out 0x3f, r0
    out 0x3d, r24
    call tinygo_systemWork
    in r0, 0x3f
    cli
    out 0x3e, r29
    out 0x3f, r0
    out 0x3d, r28
    pop r29
    pop r28
    ret
    .size tinygo_onSystemStack, . - tinygo_onSystemStack

; 32-bit unsigned division and remainder that LLVM's AVR back end emits itself (in a
; loop's closed form, say: Go's own / and % become calls of runtime.udivmod32 and its
; kin instead), with the convention of that library routine: dividend r25:r22, divisor
; r21:r18, quotient r21:r18, remainder r25:r22; every other register it touches is
; saved. Shift and subtract, one quotient bit per step; the bit shifted into the
; dividend's register is the complement of the quotient bit (the borrow of the
; comparison), so the quotient is complemented at the end. A remainder that passes 32
; bits when shifted is certainly not below the divisor. (A division by zero gives an
; all-ones quotient and the dividend as remainder; Go's checks come before any
; division the program asks for.) The 8- and 16-bit and signed forms are not here: no
; program has made LLVM call them yet, and an untested one would be worse than the
; linker's "undefined symbol".

    .section .text.__udivmodsi4, "ax", @progbits
    .global __udivmodsi4
    .type __udivmodsi4, @function
__udivmodsi4:
    push r26
    push r27
    push r30
    push r31
    push r16
    clr r26                 ; remainder r31:r30:r27:r26
    clr r27
    movw r30, r26
    ldi r16, 33
    rjmp 2f
1:  rol r26
    rol r27
    rol r30
    rol r31
    brcs 3f
    cp r26, r18
    cpc r27, r19
    cpc r30, r20
    cpc r31, r21
    brcs 2f
3:  sub r26, r18
    sbc r27, r19
    sbc r30, r20
    sbc r31, r21
    clc
2:  rol r22
    rol r23
    rol r24
    rol r25
    dec r16
    brne 1b
    com r22
    com r23
    com r24
    com r25
    movw r18, r22           ; quotient
    movw r20, r24
    movw r22, r26           ; remainder
    movw r24, r30
    pop r16
    pop r31
    pop r30
    pop r27
    pop r26
    ret
    .size __udivmodsi4, . - __udivmodsi4
