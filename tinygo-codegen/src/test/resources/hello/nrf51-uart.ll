; hello on the nRF51 UART (ENABLE = 4, TASKS_STARTTX = 1, then each byte to TXD), the
; text half in .rodata and half in .data, then semihosting SYS_EXIT.
@hel = internal constant [3 x i8] c"hel"
@lo = internal global [3 x i8] c"lo\0A"

define internal void @send(ptr %s, i32 %len) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %p = getelementptr i8, ptr %s, i32 %i
  %c = load i8, ptr %p
  %w = zext i8 %c to i32
  store volatile i32 %w, ptr inttoptr (i32 1073751324 to ptr)
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, %len
  br i1 %done, label %exit, label %loop
exit:
  ret void
}

define void @main() {
  store volatile i32 4, ptr inttoptr (i32 1073751296 to ptr)
  store volatile i32 1, ptr inttoptr (i32 1073750024 to ptr)
  call void @send(ptr @hel, i32 3)
  call void @send(ptr @lo, i32 3)
  %c = call i32 asm sideeffect "bkpt #0xab", "={r0},{r0},{r1},~{memory}"(i32 24, i32 131110)
  ret void
}
