; 20 KiB of .bss: more than the micro:bit's 16 KiB of RAM.
@big = internal global [20480 x i8] zeroinitializer

define void @main() {
  store volatile i8 1, ptr getelementptr (i8, ptr @big, i32 20000)
  ret void
}
