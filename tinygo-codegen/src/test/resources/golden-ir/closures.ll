define internal void @main.init() #_ section ".text.main.init" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  ret void
}

define internal void @main.main() #_ section ".text.main.main" {
allocas:
  %c = alloca { ptr, ptr }, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store { ptr, ptr } zeroinitializer, ptr %c, align 4
  %0 = call { ptr, ptr } @main.counter()
  store { ptr, ptr } %0, ptr %c, align 4
  %1 = load { ptr, ptr }, ptr %c, align 4
  %2 = extractvalue { ptr, ptr } %1, 1
  %3 = icmp eq ptr %2, null
  br i1 %3, label %panic, label %cont

panic:                                            ; preds = %entry
  call void @runtime.panicNilFunc(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %4 = extractvalue { ptr, ptr } %1, 0
  %5 = call i32 %2(ptr %4)
  %6 = call ptr @runtime.allocNoscan(i32 4), !tinygo.alloc !_
  store i32 3, ptr %6, align 4
  %7 = load { ptr, ptr }, ptr %c, align 4
  %8 = extractvalue { ptr, ptr } %7, 1
  %9 = icmp eq ptr %8, null
  br i1 %9, label %panic1, label %cont2

panic1:                                           ; preds = %cont
  call void @runtime.panicNilFunc(), !tinygo.alloc !_
  unreachable

cont2:                                            ; preds = %cont
  %10 = extractvalue { ptr, ptr } %7, 0
  %11 = call i32 %8(ptr %10)
  %12 = call ptr @runtime.alloc(i32 4), !tinygo.alloc !_
  %13 = getelementptr inbounds nuw { ptr }, ptr %12, i32 0, i32 0
  store ptr %6, ptr %13, align 4
  %14 = insertvalue { ptr, ptr } undef, ptr %12, 0
  %15 = insertvalue { ptr, ptr } %14, ptr @main.main.func0, 1
  %16 = call i32 @main.apply({ ptr, ptr } %15, i32 5)
  call void @runtime.printint32(i32 %11), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  call void @runtime.printint32(i32 %16), !tinygo.alloc !_
  call void @runtime.printnl(), !tinygo.alloc !_
  ret void
}

define internal { ptr, ptr } @main.counter() #_ section ".text.main.counter" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  %0 = call ptr @runtime.allocNoscan(i32 4), !tinygo.alloc !_
  store i32 0, ptr %0, align 4
  %1 = call ptr @runtime.alloc(i32 4), !tinygo.alloc !_
  %2 = getelementptr inbounds nuw { ptr }, ptr %1, i32 0, i32 0
  store ptr %0, ptr %2, align 4
  %3 = insertvalue { ptr, ptr } undef, ptr %1, 0
  %4 = insertvalue { ptr, ptr } %3, ptr @main.counter.func0, 1
  ret { ptr, ptr } %4
}

define internal i32 @main.main.func0(i32 %0, ptr %1) #_ section ".text.main.main.func0" {
allocas:
  %x = alloca i32, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store i32 0, ptr %x, align 4
  store i32 %0, ptr %x, align 4
  %2 = load i32, ptr %x, align 4
  %3 = ptrtoint ptr %1 to i32
  %4 = add i32 %3, 0
  %5 = inttoptr i32 %4 to ptr
  %6 = load ptr, ptr %5, align 4
  %7 = icmp eq ptr %6, null
  br i1 %7, label %panic, label %cont

panic:                                            ; preds = %entry
  call void @runtime.panicNilDeref(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %8 = load i32, ptr %6, align 4
  %9 = mul i32 %2, %8
  ret i32 %9
}

define internal i32 @main.apply({ ptr, ptr } %0, i32 %1) #_ section ".text.main.apply" {
allocas:
  %f = alloca { ptr, ptr }, align 4
  %x = alloca i32, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store { ptr, ptr } zeroinitializer, ptr %f, align 4
  store { ptr, ptr } %0, ptr %f, align 4
  store i32 0, ptr %x, align 4
  store i32 %1, ptr %x, align 4
  %2 = load { ptr, ptr }, ptr %f, align 4
  %3 = load i32, ptr %x, align 4
  %4 = extractvalue { ptr, ptr } %2, 1
  %5 = icmp eq ptr %4, null
  br i1 %5, label %panic, label %cont

panic:                                            ; preds = %entry
  call void @runtime.panicNilFunc(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %6 = extractvalue { ptr, ptr } %2, 0
  %7 = call i32 %4(i32 %3, ptr %6)
  ret i32 %7
}

define internal i32 @main.counter.func0(ptr %0) #_ section ".text.main.counter.func0" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  %1 = ptrtoint ptr %0 to i32
  %2 = add i32 %1, 0
  %3 = inttoptr i32 %2 to ptr
  %4 = load ptr, ptr %3, align 4
  %5 = icmp eq ptr %4, null
  br i1 %5, label %panic, label %cont

panic:                                            ; preds = %entry
  call void @runtime.panicNilDeref(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %6 = load i32, ptr %4, align 4
  %7 = add i32 %6, 1
  %8 = icmp eq ptr %4, null
  br i1 %8, label %panic1, label %cont2

panic1:                                           ; preds = %cont
  call void @runtime.panicNilDeref(), !tinygo.alloc !_
  unreachable

cont2:                                            ; preds = %cont
  store i32 %7, ptr %4, align 4
  %9 = ptrtoint ptr %0 to i32
  %10 = add i32 %9, 0
  %11 = inttoptr i32 %10 to ptr
  %12 = load ptr, ptr %11, align 4
  %13 = icmp eq ptr %12, null
  br i1 %13, label %panic3, label %cont4

panic3:                                           ; preds = %cont2
  call void @runtime.panicNilDeref(), !tinygo.alloc !_
  unreachable

cont4:                                            ; preds = %cont2
  %14 = load i32, ptr %12, align 4
  ret i32 %14
}

