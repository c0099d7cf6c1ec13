define internal void @main.init() #_ section ".text.main.init" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  ret void
}

define internal void @main.main() #_ section ".text.main.main" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  %0 = call i32 @main.quo(i32 7, i32 2)
  %1 = call i64 @main.rem(i64 -7, i64 3)
  %2 = call i8 @main.shl(i8 1, i32 9)
  %3 = call i16 @main.sar(i16 -8, i32 20)
  %4 = call float @main.avg(float 1.000000e+00, float 2.000000e+00)
  call void @runtime.printint32(i32 %0), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  call void @runtime.printint64(i64 %1), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  %5 = zext i8 %2 to i32
  call void @runtime.printuint32(i32 %5), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  %6 = sext i16 %3 to i32
  call void @runtime.printint32(i32 %6), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  %7 = fpext float %4 to double
  call void @runtime.printfloat64(double %7), !tinygo.alloc !_
  call void @runtime.printnl(), !tinygo.alloc !_
  ret void
}

define internal i32 @main.quo(i32 %0, i32 %1) #_ section ".text.main.quo" {
allocas:
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store i32 0, ptr %a, align 4
  store i32 %0, ptr %a, align 4
  store i32 0, ptr %b, align 4
  store i32 %1, ptr %b, align 4
  %2 = load i32, ptr %a, align 4
  %3 = load i32, ptr %b, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %panic, label %cont

panic:                                            ; preds = %entry
  call void @runtime.panicDivide(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %5 = icmp eq i32 %3, -1
  %6 = select i1 %5, i32 1, i32 %3
  %7 = sdiv i32 %2, %6
  %8 = sub i32 0, %2
  %9 = select i1 %5, i32 %8, i32 %7
  ret i32 %9
}

define internal i64 @main.rem(i64 %0, i64 %1) #_ section ".text.main.rem" {
allocas:
  %a = alloca i64, align 8
  %b = alloca i64, align 8
  br label %entry

entry:                                            ; preds = %allocas
  store i64 0, ptr %a, align 8
  store i64 %0, ptr %a, align 8
  store i64 0, ptr %b, align 8
  store i64 %1, ptr %b, align 8
  %2 = load i64, ptr %a, align 8
  %3 = load i64, ptr %b, align 8
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %panic, label %cont

panic:                                            ; preds = %entry
  call void @runtime.panicDivide(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %5 = call { i64, i64 } @runtime.divmod64(i64 %2, i64 %3), !tinygo.alloc !_
  %6 = extractvalue { i64, i64 } %5, 1
  ret i64 %6
}

define internal i8 @main.shl(i8 %0, i32 %1) #_ section ".text.main.shl" {
allocas:
  %x = alloca i8, align 1
  %n = alloca i32, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store i8 0, ptr %x, align 1
  store i8 %0, ptr %x, align 1
  store i32 0, ptr %n, align 4
  store i32 %1, ptr %n, align 4
  %2 = load i8, ptr %x, align 1
  %3 = load i32, ptr %n, align 4
  %4 = icmp uge i32 %3, 8
  %5 = trunc i32 %3 to i8
  %6 = shl i8 %2, %5
  %7 = select i1 %4, i8 0, i8 %6
  ret i8 %7
}

define internal i16 @main.sar(i16 %0, i32 %1) #_ section ".text.main.sar" {
allocas:
  %x = alloca i16, align 2
  %n = alloca i32, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store i16 0, ptr %x, align 2
  store i16 %0, ptr %x, align 2
  store i32 0, ptr %n, align 4
  store i32 %1, ptr %n, align 4
  %2 = load i16, ptr %x, align 2
  %3 = load i32, ptr %n, align 4
  %4 = icmp uge i32 %3, 16
  %5 = trunc i32 %3 to i16
  %6 = select i1 %4, i16 15, i16 %5
  %7 = ashr i16 %2, %6
  ret i16 %7
}

define internal float @main.avg(float %0, float %1) #_ section ".text.main.avg" {
allocas:
  %a = alloca float, align 4
  %b = alloca float, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store float 0.000000e+00, ptr %a, align 4
  store float %0, ptr %a, align 4
  store float 0.000000e+00, ptr %b, align 4
  store float %1, ptr %b, align 4
  %2 = load float, ptr %a, align 4
  %3 = load float, ptr %b, align 4
  %4 = fadd float %2, %3
  %5 = fdiv float %4, 2.000000e+00
  ret float %5
}

