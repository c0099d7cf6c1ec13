define internal void @main.init() #_ section ".text.main.init" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  ret void
}

define internal void @main.main() #_ section ".text.main.main" {
allocas:
  %defer.frame = alloca { [10 x i32], ptr, ptr, ptr }, align 4
  %defer.context = alloca { { ptr, i32 } }, align 4
  %defer.call = alloca { { ptr, ptr }, ptr }, align 4
  %failed = alloca i1, align 1
  br label %entry

entry:                                            ; preds = %allocas
  store { [10 x i32], ptr, ptr, ptr } zeroinitializer, ptr %defer.frame, align 4
  call void @runtime.deferEnter(ptr %defer.frame), !tinygo.alloc !_
  %0 = call i32 @setjmp(ptr %defer.frame) #_
  %1 = icmp ne i32 %0, 0
  br i1 %1, label %defer.recovered, label %body

defer.recovered:                                  ; preds = %entry
  call void @runtime.deferReturn(ptr %defer.frame), !tinygo.alloc !_
  ret void

body:                                             ; preds = %entry
  %2 = getelementptr inbounds nuw { { ptr, i32 } }, ptr %defer.context, i32 0, i32 0
  store { ptr, i32 } { ptr @.str.main0, i32 4 }, ptr %2, align 4
  %3 = insertvalue { ptr, ptr } undef, ptr %defer.context, 0
  %4 = insertvalue { ptr, ptr } %3, ptr @main.main.defer0, 1
  store { { ptr, ptr }, ptr } zeroinitializer, ptr %defer.call, align 4
  call void @runtime.deferPushFrame(ptr %defer.frame, ptr %defer.call, { ptr, ptr } %4), !tinygo.alloc !_
  store i1 false, ptr %failed, align 1
  %5 = call { i32, i1 } @main.safeDiv(i32 1, i32 0)
  %6 = extractvalue { i32, i1 } %5, 0
  %7 = extractvalue { i32, i1 } %5, 1
  store i1 %7, ptr %failed, align 1
  %8 = load i1, ptr %failed, align 1
  br i1 %8, label %if.done, label %if.then

if.then:                                          ; preds = %body
  call void @runtime.gopanic({ ptr, ptr } { ptr @"type:string", ptr @box.main1 }), !tinygo.alloc !_
  unreachable

if.done:                                          ; preds = %body
  %9 = load i1, ptr %failed, align 1
  call void @runtime.printbool(i1 %9), !tinygo.alloc !_
  call void @runtime.printnl(), !tinygo.alloc !_
  call void @runtime.deferReturn(ptr %defer.frame), !tinygo.alloc !_
  ret void
}

define internal void @main.main.defer0(ptr %0) #_ section ".text.main.main.defer0" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  %1 = getelementptr inbounds nuw { { ptr, i32 } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, i32 }, ptr %1, align 4
  call void @runtime.printstring({ ptr, i32 } %2), !tinygo.alloc !_
  call void @runtime.printnl(), !tinygo.alloc !_
  ret void
}

define internal { i32, i1 } @main.safeDiv(i32 %0, i32 %1) #_ section ".text.main.safeDiv" {
allocas:
  %defer.frame = alloca { [10 x i32], ptr, ptr, ptr }, align 4
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %q = alloca i32, align 4
  %defer.context = alloca { { ptr, ptr } }, align 4
  %defer.call = alloca { { ptr, ptr }, ptr }, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store { [10 x i32], ptr, ptr, ptr } zeroinitializer, ptr %defer.frame, align 4
  store i32 0, ptr %a, align 4
  store i32 %0, ptr %a, align 4
  store i32 0, ptr %b, align 4
  store i32 %1, ptr %b, align 4
  store i32 0, ptr %q, align 4
  %2 = call ptr @runtime.allocNoscan(i32 1), !tinygo.alloc !_
  call void @runtime.deferEnter(ptr %defer.frame), !tinygo.alloc !_
  %3 = call i32 @setjmp(ptr %defer.frame) #_
  %4 = icmp ne i32 %3, 0
  br i1 %4, label %defer.recovered, label %body

defer.recovered:                                  ; preds = %entry
  call void @runtime.deferReturn(ptr %defer.frame), !tinygo.alloc !_
  %5 = load volatile i32, ptr %q, align 4
  %6 = load volatile i1, ptr %2, align 1
  %7 = insertvalue { i32, i1 } undef, i32 %5, 0
  %8 = insertvalue { i32, i1 } %7, i1 %6, 1
  ret { i32, i1 } %8

body:                                             ; preds = %entry
  %9 = call ptr @runtime.alloc(i32 4), !tinygo.alloc !_
  %10 = getelementptr inbounds nuw { ptr }, ptr %9, i32 0, i32 0
  store ptr %2, ptr %10, align 4
  %11 = insertvalue { ptr, ptr } undef, ptr %9, 0
  %12 = insertvalue { ptr, ptr } %11, ptr @main.safeDiv.func0, 1
  %13 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %defer.context, i32 0, i32 0
  store { ptr, ptr } %12, ptr %13, align 4
  %14 = insertvalue { ptr, ptr } undef, ptr %defer.context, 0
  %15 = insertvalue { ptr, ptr } %14, ptr @main.safeDiv.defer0, 1
  store { { ptr, ptr }, ptr } zeroinitializer, ptr %defer.call, align 4
  call void @runtime.deferPushFrame(ptr %defer.frame, ptr %defer.call, { ptr, ptr } %15), !tinygo.alloc !_
  %16 = load i32, ptr %a, align 4
  %17 = load i32, ptr %b, align 4
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %panic, label %cont

panic:                                            ; preds = %body
  call void @runtime.panicDivide(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %body
  %19 = icmp eq i32 %17, -1
  %20 = select i1 %19, i32 1, i32 %17
  %21 = sdiv i32 %16, %20
  %22 = sub i32 0, %16
  %23 = select i1 %19, i32 %22, i32 %21
  store volatile i32 %23, ptr %q, align 4
  store volatile i1 false, ptr %2, align 1
  call void @runtime.deferReturn(ptr %defer.frame), !tinygo.alloc !_
  %24 = load volatile i32, ptr %q, align 4
  %25 = load volatile i1, ptr %2, align 1
  %26 = insertvalue { i32, i1 } undef, i32 %24, 0
  %27 = insertvalue { i32, i1 } %26, i1 %25, 1
  ret { i32, i1 } %27
}

define internal void @main.safeDiv.func0(ptr %0) #_ section ".text.main.safeDiv.func0" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  %1 = call i1 @runtime.recoverToken(ptr @main.safeDiv.func0), !tinygo.alloc !_
  %2 = call { ptr, ptr } @runtime.gorecover(i1 %1), !tinygo.alloc !_
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  %5 = xor i1 %4, true
  br i1 %5, label %if.then, label %if.done

if.then:                                          ; preds = %entry
  %6 = ptrtoint ptr %0 to i32
  %7 = add i32 %6, 0
  %8 = inttoptr i32 %7 to ptr
  %9 = load ptr, ptr %8, align 4
  %10 = icmp eq ptr %9, null
  br i1 %10, label %panic, label %cont

if.done:                                          ; preds = %cont, %entry
  ret void

panic:                                            ; preds = %if.then
  call void @runtime.panicNilDeref(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %if.then
  store i1 true, ptr %9, align 1
  br label %if.done
}

define internal void @main.safeDiv.defer0(ptr %0) #_ section ".text.main.safeDiv.defer0" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 4
  call void @runtime.deferArmValue({ ptr, ptr } %2), !tinygo.alloc !_
  %3 = extractvalue { ptr, ptr } %2, 1
  %4 = icmp eq ptr %3, null
  br i1 %4, label %panic, label %cont

panic:                                            ; preds = %entry
  call void @runtime.panicNilFunc(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  call void %3(ptr %5)
  ret void
}

@.str.main0 = private unnamed_addr constant [4 x i8] c"done", align 1
@box.main1 = private constant { ptr, i32 } { ptr @.str.main2, i32 8 }, align 4
@.str.main2 = private unnamed_addr constant [8 x i8] c"no panic", align 1
