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
