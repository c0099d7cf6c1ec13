; hello on linux/amd64: write(1, msg, 6) as a raw syscall, then return to _start,
; which exits with code 0. The offset read from a .bss variable must be 0.
@msg = internal global [6 x i8] c"hello\0A"
@zero = internal global i64 0

define void @main() {
  %z = load volatile i64, ptr @zero
  %p = getelementptr i8, ptr @msg, i64 %z
  %r = call i64 asm sideeffect "syscall", "={rax},{rax},{rdi},{rsi},{rdx},~{rcx},~{r11},~{memory}"(i64 1, i64 1, ptr %p, i64 6)
  ret void
}
