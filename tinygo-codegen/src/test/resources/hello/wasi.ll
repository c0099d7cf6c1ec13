; hello on WASI: fd_write(1, [iovec], 1, &n) from the exported _start.
@msg = internal global [6 x i8] c"hello\0A"
@iov = internal global { ptr, i32 } { ptr @msg, i32 6 }
@written = internal global i32 0

declare i32 @fd_write(i32, ptr, i32, ptr) #0

define void @_start() {
  %r = call i32 @fd_write(i32 1, ptr @iov, i32 1, ptr @written)
  ret void
}

attributes #0 = { "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="fd_write" }
