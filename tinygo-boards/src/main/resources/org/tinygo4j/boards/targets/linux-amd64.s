# Start-up code for static linux/amd64 executables without libc. The kernel enters
# _start with the stack pointing at argc (then argv, envp); pass that address to main
# (C ABI, first argument in rdi), align the stack to 16 bytes as the System V ABI
# wants at a call, then exit_group(0) in case the program's main returns without
# exiting itself.

    .section .text._start, "ax", @progbits
    .global _start
    .type _start, @function
_start:
    xorl %ebp, %ebp
    movq %rsp, %rdi
    andq $-16, %rsp
    callq main
    movl $231, %eax
    xorl %edi, %edi
    syscall
    hlt
    .size _start, . - _start

# Goroutine switches (runtime/scheduler_tasks.go). The callee-saved registers of the
# System V ABI (rbx, rbp, r12-r15) go on the old stack, its stack pointer into *rsi,
# and the new task's registers come off its stack; ret then resumes it where it
# called tinygo_swapTask. A new task instead starts on its empty, 16-byte aligned
# stack by calling tinygo_taskEntry, which never returns.

    .section .text.tinygo_swapTask, "ax", @progbits
    .global tinygo_swapTask
    .type tinygo_swapTask, @function
tinygo_swapTask:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rsi)
    movq %rdi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    retq
    .size tinygo_swapTask, . - tinygo_swapTask

    .section .text.tinygo_startTask, "ax", @progbits
    .global tinygo_startTask
    .type tinygo_startTask, @function
tinygo_startTask:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rsi)
    movq %rdi, %rsp
    # The new goroutine starts with no callee-saved values of the old one: the
    # collector would take them for pointers once this one saves them in a switch.
    xorl %ebp, %ebp
    xorl %ebx, %ebx
    xorl %r12d, %r12d
    xorl %r13d, %r13d
    xorl %r14d, %r14d
    xorl %r15d, %r15d
    callq tinygo_taskEntry
    ud2
    .size tinygo_startTask, . - tinygo_startTask

// Checkpoints for panics (runtime/panic.go). setjmp(buf) saves the return address,
// the caller's stack pointer and the callee-saved registers in buf (runtime.jmpBuf,
// 8 words) and returns 0; longjmp(buf) restores them and returns 1 from that setjmp.
// The compiler marks setjmp's calls returns_twice, so nothing the caller keeps in
// other registers is live across it.

    .section .text.setjmp, "ax", @progbits
    .global setjmp
    .type setjmp, @function
setjmp:
    movq (%rsp), %rax
    movq %rax, 0(%rdi)
    leaq 8(%rsp), %rax
    movq %rax, 8(%rdi)
    movq %rbx, 16(%rdi)
    movq %rbp, 24(%rdi)
    movq %r12, 32(%rdi)
    movq %r13, 40(%rdi)
    movq %r14, 48(%rdi)
    movq %r15, 56(%rdi)
    xorl %eax, %eax
    retq
    .size setjmp, . - setjmp

    .section .text.longjmp, "ax", @progbits
    .global longjmp
    .type longjmp, @function
longjmp:
    movq 16(%rdi), %rbx
    movq 24(%rdi), %rbp
    movq 32(%rdi), %r12
    movq 40(%rdi), %r13
    movq 48(%rdi), %r14
    movq 56(%rdi), %r15
    movq 8(%rdi), %rsp
    movl $1, %eax
    jmpq *0(%rdi)
    .size longjmp, . - longjmp

# The collector's mark phase (runtime/gc_conservative.go): the callee-saved registers
# go on the stack, where a scan from the stack pointer finds the pointers they hold,
# and tinygo_scanstack gets that stack pointer (16-byte aligned again for its call).

    .section .text.tinygo_scanCurrentStack, "ax", @progbits
    .global tinygo_scanCurrentStack
    .type tinygo_scanCurrentStack, @function
tinygo_scanCurrentStack:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, %rdi
    subq $8, %rsp
    callq tinygo_scanstack
    addq $56, %rsp
    retq
    .size tinygo_scanCurrentStack, . - tinygo_scanCurrentStack

# Signals (runtime/signal_linux.go, for os/signal). The kernel calls
# tinygo_signalHandler(sig) on the interrupted stack; it only marks the signal pending
# in tinygo_signalPending (byte sig, then byte 0, the summary the scheduler polls), so
# it touches nothing the interrupted code may hold. Its return enters
# tinygo_signalReturn (the sa_restorer), which asks the kernel to restore the
# interrupted context (rt_sigreturn) from the frame at the stack pointer, so it must
# not push anything first. Each symbol has its section: programs that never install a
# handler lose all three to --gc-sections.

    .section .text.tinygo_signalHandler, "ax", @progbits
    .global tinygo_signalHandler
    .type tinygo_signalHandler, @function
tinygo_signalHandler:
    leaq tinygo_signalPending(%rip), %rax
    movslq %edi, %rdi
    movb $1, (%rax,%rdi)
    movb $1, (%rax)
    retq
    .size tinygo_signalHandler, . - tinygo_signalHandler

    .section .text.tinygo_signalReturn, "ax", @progbits
    .global tinygo_signalReturn
    .type tinygo_signalReturn, @function
tinygo_signalReturn:
    movl $15, %eax
    syscall
    ud2
    .size tinygo_signalReturn, . - tinygo_signalReturn

    .section .bss.tinygo_signalPending, "aw", @nobits
    .global tinygo_signalPending
    .type tinygo_signalPending, @object
tinygo_signalPending:
    .zero 65
    .size tinygo_signalPending, 65
