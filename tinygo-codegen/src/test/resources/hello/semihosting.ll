; hello through ARM semihosting: SYS_WRITE0 of a constant (.rodata, in flash) and of a
; mutable global (.data, which only holds the text if Reset_Handler copied it from
; flash), then SYS_EXIT with ADP_Stopped_ApplicationExit (0x20026).
@hel = internal constant [4 x i8] c"hel\00"
@lo = internal global [4 x i8] c"lo\0A\00"

define void @main() {
  %a = call i32 asm sideeffect "bkpt #0xab", "={r0},{r0},{r1},~{memory}"(i32 4, ptr @hel)
  %b = call i32 asm sideeffect "bkpt #0xab", "={r0},{r0},{r1},~{memory}"(i32 4, ptr @lo)
  %c = call i32 asm sideeffect "bkpt #0xab", "={r0},{r0},{r1},~{memory}"(i32 24, i32 131110)
  ret void
}
