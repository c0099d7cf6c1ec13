; hello on the ATmega328P USART0: enable the transmitter (UCSR0B = TXEN0), send each
; byte when UDRE0 is set, then an end marker; main returns and the start-up code does
; cli; sleep. The constant lives in RAM on AVR, so it only reads right if the start-up
; code copied .data (with .rodata in it) from flash; the count comes from .bss.
@msg = internal constant [6 x i8] c"hello\0A"
@count = internal global i8 0

define internal void @putc(i8 %c) {
entry:
  br label %wait
wait:
  %s = load volatile i8, ptr inttoptr (i16 192 to ptr)
  %ready = and i8 %s, 32
  %busy = icmp eq i8 %ready, 0
  br i1 %busy, label %wait, label %send
send:
  store volatile i8 %c, ptr inttoptr (i16 198 to ptr)
  ret void
}

define void @main() {
entry:
  store volatile i8 0, ptr inttoptr (i16 197 to ptr)
  store volatile i8 103, ptr inttoptr (i16 196 to ptr)
  store volatile i8 8, ptr inttoptr (i16 193 to ptr)
  br label %loop
loop:
  %i = load volatile i8, ptr @count
  %i16 = zext i8 %i to i16
  %p = getelementptr i8, ptr @msg, i16 %i16
  %c = load i8, ptr %p
  call void @putc(i8 %c)
  %n = add i8 %i, 1
  store volatile i8 %n, ptr @count
  %done = icmp eq i8 %n, 6
  br i1 %done, label %end, label %loop
end:
  call void @putc(i8 35)
  call void @putc(i8 35)
  call void @putc(i8 10)
  ret void
}
