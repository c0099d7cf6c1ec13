// Start-up code for every Cortex-M chip (ARMv6-M instructions only, so that one
// file serves the M0 and the M3 alike). The vector table holds the initial stack
// pointer and the 15 system exception vectors; the chip's interrupts follow it only in
// programs that handle some (the compiler emits them, see runtime/interrupt and arm.ld).
// Handlers are weak aliases of Default_Handler so a program can define its own
// (SysTick_Handler: see the end of this file).
// Reset_Handler copies .data from flash, zeroes .bss, and calls main (C ABI).
// On cores with an FPU (cortex-m-fpu.s defines .Ltinygo_fpu) it first enables the
// FPU, and the goroutine switches and checkpoints also keep s16-s31 (the AAPCS's
// callee-saved FPU registers, d8-d15); those parts use ARMv7E-M instructions.

    .syntax unified
    .thumb

    .section .isr_vector, "a", %progbits
    .p2align 2
    .global __isr_vector
__isr_vector:
    .word _stack_top
    .word Reset_Handler
    .word NMI_Handler
    .word HardFault_Handler
    .word MemManage_Handler
    .word BusFault_Handler
    .word UsageFault_Handler
    .word 0
    .word 0
    .word 0
    .word 0
    .word SVC_Handler
    .word DebugMon_Handler
    .word 0
    .word PendSV_Handler
    .word SysTick_Handler

    .section .text.Reset_Handler, "ax", %progbits
    .p2align 1
    .global Reset_Handler
    .type Reset_Handler, %function
    .thumb_func
Reset_Handler:
.ifdef .Ltinygo_fpu
    // CPACR (0xE000ED88): full access to CP10 and CP11, the FPU, before any code
    // that could hold a float runs; the barriers make the next instructions see it
    ldr r0, =0xE000ED88
    ldr r1, [r0]
    orr r1, r1, #(0xF << 20)
    str r1, [r0]
    dsb
    isb
.endif
    ldr r0, =_sdata
    ldr r1, =_edata
    ldr r2, =_sidata
.Lcopy_data:
    cmp r0, r1
    bhs .Lzero_bss_start
    ldr r3, [r2]
    str r3, [r0]
    adds r0, #4
    adds r2, #4
    b .Lcopy_data
.Lzero_bss_start:
    ldr r0, =_sbss
    ldr r1, =_ebss
    movs r3, #0
.Lzero_bss:
    cmp r0, r1
    bhs .Lcall_main
    str r3, [r0]
    adds r0, #4
    b .Lzero_bss
.Lcall_main:
    bl main
    // main does not return on targets whose runtime exits; if it does, stay here.
.Lhang:
    b .Lhang
    .ltorg
    .size Reset_Handler, . - Reset_Handler

// Goroutine switches (runtime/scheduler_tasks.go), in ARMv6-M instructions. The
// callee-saved registers r4-r11 and lr go on the old stack (r8-r11 through low
// registers, as Thumb-1 push cannot name them), the stack pointer into *r1, and the
// new task's registers come off its stack; popping pc resumes it where it called
// tinygo_swapTask. A new task starts on its empty, 8-byte aligned stack by calling
// tinygo_taskEntry, which never returns.

    .section .text.tinygo_swapTask, "ax", %progbits
    .p2align 1
    .global tinygo_swapTask
    .type tinygo_swapTask, %function
    .thumb_func
tinygo_swapTask:
    push {r4-r7, lr}
    mov r4, r8
    mov r5, r9
    mov r6, r10
    mov r7, r11
    push {r4-r7}
.ifdef .Ltinygo_fpu
    vpush {s16-s31}
.endif
    mov r2, sp
    str r2, [r1]
    mov sp, r0
.ifdef .Ltinygo_fpu
    vpop {s16-s31}
.endif
    pop {r4-r7}
    mov r8, r4
    mov r9, r5
    mov r10, r6
    mov r11, r7
    pop {r4-r7, pc}
    .size tinygo_swapTask, . - tinygo_swapTask

    .section .text.tinygo_startTask, "ax", %progbits
    .p2align 1
    .global tinygo_startTask
    .type tinygo_startTask, %function
    .thumb_func
tinygo_startTask:
    push {r4-r7, lr}
    mov r4, r8
    mov r5, r9
    mov r6, r10
    mov r7, r11
    push {r4-r7}
.ifdef .Ltinygo_fpu
    vpush {s16-s31}
.endif
    mov r2, sp
    str r2, [r1]
    mov sp, r0
    // no callee-saved values of the old goroutine (the collector would take them
    // for pointers once this one saves them in a switch)
    movs r4, #0
    mov r5, r4
    mov r6, r4
    mov r7, r4
    mov r8, r4
    mov r9, r4
    mov r10, r4
    mov r11, r4
    bl tinygo_taskEntry
.Lstart_hang:
    b .Lstart_hang
    .size tinygo_startTask, . - tinygo_startTask

// Checkpoints for panics (runtime/panic.go). setjmp(buf) saves sp, lr and the
// callee-saved registers r4-r11 in buf (runtime.jmpBuf, 10 words; 26 with s16-s31
// after them on cores with an FPU) and returns 0;
// longjmp(buf) restores them and returns 1 from that setjmp. ARMv6-M instructions,
// so that one routine serves M0 and M3. The compiler marks setjmp's calls
// returns_twice.

    .section .text.setjmp, "ax", %progbits
    .p2align 1
    .global setjmp
    .type setjmp, %function
    .thumb_func
setjmp:
    mov r1, sp
    str r1, [r0, #0]
    mov r1, lr
    str r1, [r0, #4]
    str r4, [r0, #8]
    str r5, [r0, #12]
    str r6, [r0, #16]
    str r7, [r0, #20]
    mov r1, r8
    str r1, [r0, #24]
    mov r1, r9
    str r1, [r0, #28]
    mov r1, r10
    str r1, [r0, #32]
    mov r1, r11
    str r1, [r0, #36]
.ifdef .Ltinygo_fpu
    add r1, r0, #40
    vstmia r1, {s16-s31}
.endif
    movs r0, #0
    bx lr
    .size setjmp, . - setjmp

    .section .text.longjmp, "ax", %progbits
    .p2align 1
    .global longjmp
    .type longjmp, %function
    .thumb_func
longjmp:
.ifdef .Ltinygo_fpu
    add r1, r0, #40
    vldmia r1, {s16-s31}
.endif
    ldr r1, [r0, #24]
    mov r8, r1
    ldr r1, [r0, #28]
    mov r9, r1
    ldr r1, [r0, #32]
    mov r10, r1
    ldr r1, [r0, #36]
    mov r11, r1
    ldr r4, [r0, #8]
    ldr r5, [r0, #12]
    ldr r6, [r0, #16]
    ldr r7, [r0, #20]
    ldr r1, [r0, #0]
    mov sp, r1
    ldr r1, [r0, #4]
    movs r0, #1
    bx r1
    .size longjmp, . - longjmp

// The collector's mark phase (runtime/gc_conservative.go): the callee-saved
// registers go on the stack (r3 only keeps it 8-byte aligned), where a scan from the
// stack pointer finds the pointers they hold, and tinygo_scanstack gets that stack
// pointer. r8-r11 are copied through r4-r7; the callee preserves them all.

    .section .text.tinygo_scanCurrentStack, "ax", %progbits
    .p2align 1
    .global tinygo_scanCurrentStack
    .type tinygo_scanCurrentStack, %function
    .thumb_func
tinygo_scanCurrentStack:
    push {r3-r7, lr}
    mov r4, r8
    mov r5, r9
    mov r6, r10
    mov r7, r11
    push {r4-r7}
    mov r0, sp
    bl tinygo_scanstack
    pop {r4-r7}
    pop {r3-r7, pc}
    .size tinygo_scanCurrentStack, . - tinygo_scanCurrentStack

// The interrupt mask, for runtime/interrupt (device/arm.DisableInterrupts and
// friends): PRIMASK's old value in r0 before masking; PRIMASK from r0; IPSR in r0.

    .section .text.tinygo_disableInterrupts, "ax", %progbits
    .p2align 1
    .global tinygo_disableInterrupts
    .type tinygo_disableInterrupts, %function
    .thumb_func
tinygo_disableInterrupts:
    mrs r0, PRIMASK
    cpsid i
    bx lr
    .size tinygo_disableInterrupts, . - tinygo_disableInterrupts

    .section .text.tinygo_enableInterrupts, "ax", %progbits
    .p2align 1
    .global tinygo_enableInterrupts
    .type tinygo_enableInterrupts, %function
    .thumb_func
tinygo_enableInterrupts:
    msr PRIMASK, r0
    bx lr
    .size tinygo_enableInterrupts, . - tinygo_enableInterrupts

    .section .text.tinygo_currentException, "ax", %progbits
    .p2align 1
    .global tinygo_currentException
    .type tinygo_currentException, %function
    .thumb_func
tinygo_currentException:
    mrs r0, IPSR
    bx lr
    .size tinygo_currentException, . - tinygo_currentException

    .section .text.Default_Handler, "ax", %progbits
    .p2align 1
    .global Default_Handler
    .type Default_Handler, %function
    .thumb_func
Default_Handler:
    b Default_Handler
    .size Default_Handler, . - Default_Handler

    .weak NMI_Handler
    .set NMI_Handler, Default_Handler
    .weak HardFault_Handler
    .set HardFault_Handler, Default_Handler
    .weak MemManage_Handler
    .set MemManage_Handler, Default_Handler
    .weak BusFault_Handler
    .set BusFault_Handler, Default_Handler
    .weak UsageFault_Handler
    .set UsageFault_Handler, Default_Handler
    .weak SVC_Handler
    .set SVC_Handler, Default_Handler
    .weak DebugMon_Handler
    .set DebugMon_Handler, Default_Handler
    .weak PendSV_Handler
    .set PendSV_Handler, Default_Handler
// SysTick_Handler is the runtime's clock interrupt in programs that read the clock;
// elsewhere the linker script makes it Default_Handler (PROVIDE), as a weak alias here
// would clash with the runtime's definition in the same object.
