// Start-up code for RISC-V chips (RV32, machine mode, ilp32). _start is at the
// start of the image (riscv.ld's .init): it sets the stack pointer and the trap
// vector, copies .data from flash, zeroes .bss, enables interrupts (mstatus.MIE; mie
// enables none yet) and calls main (C ABI). tinygo_trap takes the traps: external
// interrupts go to the handlers the compiler wired (runtime/interrupt.New), through
// the platform-level interrupt controller (PLIC) whose claim register the chip's
// linker script gives as _plic_claim; any other trap is a fault, which stops the
// program there. The timer interrupt is never taken: the runtime sleeps with it
// enabled in mie but masked by mstatus.MIE (see runtime/clock_clint.go).
// Nothing here is relaxed by the linker, so gp is not set up (riscv.ld).

    .section .init, "ax", @progbits
    .option push
    .option norelax
    .global _start
    .type _start, @function
_start:
    la sp, _stack_top
    la t0, tinygo_trap
    csrw mtvec, t0
    la t0, _sdata
    la t1, _edata
    la t2, _sidata
.Lcopy_data:
    bgeu t0, t1, .Lzero_bss_start
    lw t3, 0(t2)
    sw t3, 0(t0)
    addi t0, t0, 4
    addi t2, t2, 4
    j .Lcopy_data
.Lzero_bss_start:
    la t0, _sbss
    la t1, _ebss
.Lzero_bss:
    bgeu t0, t1, .Lcall_main
    sw zero, 0(t0)
    addi t0, t0, 4
    j .Lzero_bss
.Lcall_main:
    csrsi mstatus, 8
    call main
    // main does not return on targets whose runtime exits; if it does, stay here.
.Lhang:
    wfi
    j .Lhang
    .size _start, . - _start
    .option pop

// The trap handler (mtvec needs a 4-byte aligned address). It runs on the stack of
// whatever was interrupted, saves the registers a call may change (ra, t0-t6,
// a0-a7) and, for a machine external interrupt (mcause 0x8000000B), claims each
// pending interrupt from the PLIC, calls tinygo_irqVectors[id] if the program has a
// handler for it (tinygo_irqVectorCount entries; a program without handlers has
// neither, and riscv.ld makes both address 0), and completes it, until none is pending; then mret resumes
// the interrupted code. tinygo_interruptNesting counts the handlers running
// (interrupt.In). Every other trap (an illegal instruction, a misaligned or failed
// access, an interrupt nobody enabled) stops the program here.
    .section .text.tinygo_trap, "ax", @progbits
    .p2align 2
    .global tinygo_trap
    .type tinygo_trap, @function
tinygo_trap:
    addi sp, sp, -80
    sw ra, 0(sp)
    sw t0, 4(sp)
    sw t1, 8(sp)
    sw t2, 12(sp)
    sw a0, 16(sp)
    sw a1, 20(sp)
    sw a2, 24(sp)
    sw a3, 28(sp)
    sw a4, 32(sp)
    sw a5, 36(sp)
    sw a6, 40(sp)
    sw a7, 44(sp)
    sw t3, 48(sp)
    sw t4, 52(sp)
    sw t5, 56(sp)
    sw t6, 60(sp)
    csrr t0, mcause
    li t1, 0x8000000B
    bne t0, t1, .Lfault
    lui t0, %hi(tinygo_interruptNesting)
    lw t1, %lo(tinygo_interruptNesting)(t0)
    addi t1, t1, 1
    sw t1, %lo(tinygo_interruptNesting)(t0)
.Lclaim:
    lui t0, %hi(_plic_claim)
    lw a0, %lo(_plic_claim)(t0)
    beqz a0, .Lclaimed
    sw a0, 64(sp)
    lui t0, %hi(tinygo_irqVectorCount)
    addi t0, t0, %lo(tinygo_irqVectorCount)
    beqz t0, .Lcomplete
    lw t0, 0(t0)
    bgeu a0, t0, .Lcomplete
    lui t1, %hi(tinygo_irqVectors)
    addi t1, t1, %lo(tinygo_irqVectors)
    slli t2, a0, 2
    add t1, t1, t2
    lw t1, 0(t1)
    beqz t1, .Lcomplete
    jalr t1
.Lcomplete:
    lw a0, 64(sp)
    lui t0, %hi(_plic_claim)
    sw a0, %lo(_plic_claim)(t0)
    j .Lclaim
.Lclaimed:
    lui t0, %hi(tinygo_interruptNesting)
    lw t1, %lo(tinygo_interruptNesting)(t0)
    addi t1, t1, -1
    sw t1, %lo(tinygo_interruptNesting)(t0)
    lw ra, 0(sp)
    lw t0, 4(sp)
    lw t1, 8(sp)
    lw t2, 12(sp)
    lw a0, 16(sp)
    lw a1, 20(sp)
    lw a2, 24(sp)
    lw a3, 28(sp)
    lw a4, 32(sp)
    lw a5, 36(sp)
    lw a6, 40(sp)
    lw a7, 44(sp)
    lw t3, 48(sp)
    lw t4, 52(sp)
    lw t5, 56(sp)
    lw t6, 60(sp)
    addi sp, sp, 80
    mret
.Lfault:
    wfi
    j .Lfault
    .size tinygo_trap, . - tinygo_trap

    .section .bss.tinygo_interruptNesting, "aw", @nobits
    .p2align 2
    .global tinygo_interruptNesting
tinygo_interruptNesting:
    .word 0

    .section .text.tinygo_inInterrupt, "ax", @progbits
    .global tinygo_inInterrupt
    .type tinygo_inInterrupt, @function
tinygo_inInterrupt:
    lui t0, %hi(tinygo_interruptNesting)
    lw a0, %lo(tinygo_interruptNesting)(t0)
    ret
    .size tinygo_inInterrupt, . - tinygo_inInterrupt

// Goroutine switches (runtime/scheduler_tasks.go). The callee-saved registers ra and
// s0-s11 go on the old stack, in a 64-byte frame (the ABI keeps sp 16-byte aligned),
// the stack pointer into *a1, and the new task's registers come off its stack;
// returning through its ra resumes it where it called tinygo_swapTask. A new task
// starts on its empty, 16-byte aligned stack by calling tinygo_taskEntry, which never
// returns.

    .section .text.tinygo_swapTask, "ax", @progbits
    .global tinygo_swapTask
    .type tinygo_swapTask, @function
tinygo_swapTask:
    addi sp, sp, -64
    sw ra, 0(sp)
    sw s0, 4(sp)
    sw s1, 8(sp)
    sw s2, 12(sp)
    sw s3, 16(sp)
    sw s4, 20(sp)
    sw s5, 24(sp)
    sw s6, 28(sp)
    sw s7, 32(sp)
    sw s8, 36(sp)
    sw s9, 40(sp)
    sw s10, 44(sp)
    sw s11, 48(sp)
    sw sp, 0(a1)
    mv sp, a0
    lw ra, 0(sp)
    lw s0, 4(sp)
    lw s1, 8(sp)
    lw s2, 12(sp)
    lw s3, 16(sp)
    lw s4, 20(sp)
    lw s5, 24(sp)
    lw s6, 28(sp)
    lw s7, 32(sp)
    lw s8, 36(sp)
    lw s9, 40(sp)
    lw s10, 44(sp)
    lw s11, 48(sp)
    addi sp, sp, 64
    ret
    .size tinygo_swapTask, . - tinygo_swapTask

    .section .text.tinygo_startTask, "ax", @progbits
    .global tinygo_startTask
    .type tinygo_startTask, @function
tinygo_startTask:
    addi sp, sp, -64
    sw ra, 0(sp)
    sw s0, 4(sp)
    sw s1, 8(sp)
    sw s2, 12(sp)
    sw s3, 16(sp)
    sw s4, 20(sp)
    sw s5, 24(sp)
    sw s6, 28(sp)
    sw s7, 32(sp)
    sw s8, 36(sp)
    sw s9, 40(sp)
    sw s10, 44(sp)
    sw s11, 48(sp)
    sw sp, 0(a1)
    mv sp, a0
    // no callee-saved values of the old goroutine (the collector would take them
    // for pointers once this one saves them in a switch)
    li s0, 0
    li s1, 0
    li s2, 0
    li s3, 0
    li s4, 0
    li s5, 0
    li s6, 0
    li s7, 0
    li s8, 0
    li s9, 0
    li s10, 0
    li s11, 0
    call tinygo_taskEntry
.Lstart_hang:
    j .Lstart_hang
    .size tinygo_startTask, . - tinygo_startTask

// Checkpoints for panics (runtime/panic.go). setjmp(buf) saves sp, ra and the
// callee-saved registers s0-s11 in buf (runtime.jmpBuf, 14 words) and returns 0;
// longjmp(buf) restores them and returns 1 from that setjmp. The compiler marks
// setjmp's calls returns_twice.

    .section .text.setjmp, "ax", @progbits
    .global setjmp
    .type setjmp, @function
setjmp:
    sw sp, 0(a0)
    sw ra, 4(a0)
    sw s0, 8(a0)
    sw s1, 12(a0)
    sw s2, 16(a0)
    sw s3, 20(a0)
    sw s4, 24(a0)
    sw s5, 28(a0)
    sw s6, 32(a0)
    sw s7, 36(a0)
    sw s8, 40(a0)
    sw s9, 44(a0)
    sw s10, 48(a0)
    sw s11, 52(a0)
    li a0, 0
    ret
    .size setjmp, . - setjmp

    .section .text.longjmp, "ax", @progbits
    .global longjmp
    .type longjmp, @function
longjmp:
    lw sp, 0(a0)
    lw ra, 4(a0)
    lw s0, 8(a0)
    lw s1, 12(a0)
    lw s2, 16(a0)
    lw s3, 20(a0)
    lw s4, 24(a0)
    lw s5, 28(a0)
    lw s6, 32(a0)
    lw s7, 36(a0)
    lw s8, 40(a0)
    lw s9, 44(a0)
    lw s10, 48(a0)
    lw s11, 52(a0)
    li a0, 1
    ret
    .size longjmp, . - longjmp

// The collector's mark phase (runtime/gc_conservative.go): the callee-saved registers
// go on the stack, where a scan from the stack pointer finds the pointers they hold,
// and tinygo_scanstack gets that stack pointer.

    .section .text.tinygo_scanCurrentStack, "ax", @progbits
    .global tinygo_scanCurrentStack
    .type tinygo_scanCurrentStack, @function
tinygo_scanCurrentStack:
    addi sp, sp, -64
    sw ra, 0(sp)
    sw s0, 4(sp)
    sw s1, 8(sp)
    sw s2, 12(sp)
    sw s3, 16(sp)
    sw s4, 20(sp)
    sw s5, 24(sp)
    sw s6, 28(sp)
    sw s7, 32(sp)
    sw s8, 36(sp)
    sw s9, 40(sp)
    sw s10, 44(sp)
    sw s11, 48(sp)
    mv a0, sp
    call tinygo_scanstack
    lw ra, 0(sp)
    addi sp, sp, 64
    ret
    .size tinygo_scanCurrentStack, . - tinygo_scanCurrentStack

// The interrupt mask, for runtime/interrupt and the runtime's sleeps (device/riscv):
// mstatus in a0 before clearing MIE (bit 3); setting MIE again if it is set in a0;
// setting and clearing bits of mie (which interrupts may wake a WFI).

    .section .text.tinygo_disableInterrupts, "ax", @progbits
    .global tinygo_disableInterrupts
    .type tinygo_disableInterrupts, @function
tinygo_disableInterrupts:
    csrrci a0, mstatus, 8
    ret
    .size tinygo_disableInterrupts, . - tinygo_disableInterrupts

    .section .text.tinygo_enableInterrupts, "ax", @progbits
    .global tinygo_enableInterrupts
    .type tinygo_enableInterrupts, @function
tinygo_enableInterrupts:
    andi a0, a0, 8
    csrs mstatus, a0
    ret
    .size tinygo_enableInterrupts, . - tinygo_enableInterrupts

    .section .text.tinygo_setMIE, "ax", @progbits
    .global tinygo_setMIE
    .type tinygo_setMIE, @function
tinygo_setMIE:
    csrs mie, a0
    ret
    .size tinygo_setMIE, . - tinygo_setMIE

    .section .text.tinygo_clearMIE, "ax", @progbits
    .global tinygo_clearMIE
    .type tinygo_clearMIE, @function
tinygo_clearMIE:
    csrc mie, a0
    ret
    .size tinygo_clearMIE, . - tinygo_clearMIE

// Semihosting (the RISC-V semihosting specification): the operation in a0, its
// argument in a1, the result in a0. The debugger or emulator (qemu with
// -semihosting-config enable=on) recognises an ebreak between "slli zero, zero, 0x1f"
// and "srai zero, zero, 7": all three uncompressed and on one page, which the 16-byte
// alignment ensures.

    .section .text.tinygo_semihostingCall, "ax", @progbits
    .option push
    .option norvc
    .p2align 4
    .global tinygo_semihostingCall
    .type tinygo_semihostingCall, @function
tinygo_semihostingCall:
    slli zero, zero, 0x1f
    ebreak
    srai zero, zero, 7
    ret
    .size tinygo_semihostingCall, . - tinygo_semihostingCall
    .option pop

// The machine's identification registers, for device/riscv.

    .section .text.tinygo_readMvendorid, "ax", @progbits
    .global tinygo_readMvendorid
    .type tinygo_readMvendorid, @function
tinygo_readMvendorid:
    csrr a0, mvendorid
    ret
    .size tinygo_readMvendorid, . - tinygo_readMvendorid

    .section .text.tinygo_readMimpid, "ax", @progbits
    .global tinygo_readMimpid
    .type tinygo_readMimpid, @function
tinygo_readMimpid:
    csrr a0, mimpid
    ret
    .size tinygo_readMimpid, . - tinygo_readMimpid
