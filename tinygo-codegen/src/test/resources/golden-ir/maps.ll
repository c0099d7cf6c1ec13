define internal void @main.init() #_ section ".text.main.init" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  ret void
}

define internal void @main.main() #_ section ".text.main.main" {
allocas:
  %map.key = alloca { ptr, i32 }, align 4
  %m = alloca ptr, align 4
  %n = alloca i32, align 4
  %ok = alloca i1, align 1
  %sum = alloca i32, align 4
  %v = alloca i32, align 4
  %range.iter = alloca { ptr, i32, i32 }, align 4
  %range.value = alloca i32, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store { ptr, i32 } zeroinitializer, ptr %map.key, align 4
  store ptr null, ptr %m, align 4
  %0 = call ptr @runtime.alloc(i32 24), !tinygo.alloc !_
  br i1 false, label %panic, label %cont

range.next:                                       ; preds = %range.body, %cont6
  %1 = call i1 @runtime.hashmapNext(ptr %24, ptr %range.iter, ptr null, ptr %range.value), !tinygo.alloc !_
  br i1 %1, label %range.body, label %range.done

range.body:                                       ; preds = %range.next
  %2 = load i32, ptr %range.value, align 4
  store i32 %2, ptr %v, align 4
  %3 = load i32, ptr %sum, align 4
  %4 = load i32, ptr %v, align 4
  %5 = add i32 %3, %4
  store i32 %5, ptr %sum, align 4
  br label %range.next

range.done:                                       ; preds = %range.next
  %6 = load i32, ptr %n, align 4
  %7 = load i1, ptr %ok, align 1
  %8 = load ptr, ptr %m, align 4
  %9 = call i32 @runtime.hashmapLen(ptr %8), !tinygo.alloc !_
  %10 = load i32, ptr %sum, align 4
  call void @runtime.printint32(i32 %6), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  call void @runtime.printbool(i1 %7), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  call void @runtime.printint32(i32 %9), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  call void @runtime.printint32(i32 %10), !tinygo.alloc !_
  call void @runtime.printnl(), !tinygo.alloc !_
  ret void

panic:                                            ; preds = %entry
  call void @runtime.panicIndex(i32 0, i32 3), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %11 = getelementptr inbounds [3 x { ptr, i32 }], ptr %0, i32 0, i32 0
  store { ptr, i32 } { ptr @.str.main0, i32 1 }, ptr %11, align 4
  br i1 false, label %panic1, label %cont2

panic1:                                           ; preds = %cont
  call void @runtime.panicIndex(i32 1, i32 3), !tinygo.alloc !_
  unreachable

cont2:                                            ; preds = %cont
  %12 = getelementptr inbounds [3 x { ptr, i32 }], ptr %0, i32 0, i32 1
  store { ptr, i32 } { ptr @.str.main1, i32 1 }, ptr %12, align 4
  br i1 false, label %panic3, label %cont4

panic3:                                           ; preds = %cont2
  call void @runtime.panicIndex(i32 2, i32 3), !tinygo.alloc !_
  unreachable

cont4:                                            ; preds = %cont2
  %13 = getelementptr inbounds [3 x { ptr, i32 }], ptr %0, i32 0, i32 2
  store { ptr, i32 } { ptr @.str.main0, i32 1 }, ptr %13, align 4
  br i1 false, label %panic5, label %cont6

panic5:                                           ; preds = %cont4
  call void @runtime.panicSlice(i32 0, i32 3, i32 3, i32 3, i8 2), !tinygo.alloc !_
  unreachable

cont6:                                            ; preds = %cont4
  %14 = getelementptr { ptr, i32 }, ptr %0, i32 0
  %15 = insertvalue { ptr, i32, i32 } undef, ptr %14, 0
  %16 = insertvalue { ptr, i32, i32 } %15, i32 3, 1
  %17 = insertvalue { ptr, i32, i32 } %16, i32 3, 2
  %18 = call ptr @main.count({ ptr, i32, i32 } %17)
  store ptr %18, ptr %m, align 4
  store i32 0, ptr %n, align 4
  store i1 false, ptr %ok, align 1
  %19 = load ptr, ptr %m, align 4
  store { ptr, i32 } { ptr @.str.main0, i32 1 }, ptr %map.key, align 4
  %20 = call { i32, i1 } @"runtime.hashmapLookup2.int$0"(ptr %19, ptr %map.key), !tinygo.alloc !_
  %21 = extractvalue { i32, i1 } %20, 0
  %22 = extractvalue { i32, i1 } %20, 1
  store i32 %21, ptr %n, align 4
  store i1 %22, ptr %ok, align 1
  %23 = load ptr, ptr %m, align 4
  store { ptr, i32 } { ptr @.str.main1, i32 1 }, ptr %map.key, align 4
  call void @runtime.hashmapDelete(ptr %23, ptr %map.key), !tinygo.alloc !_
  store i32 0, ptr %sum, align 4
  store i32 0, ptr %sum, align 4
  store i32 0, ptr %v, align 4
  %24 = load ptr, ptr %m, align 4
  store { ptr, i32, i32 } zeroinitializer, ptr %range.iter, align 4
  store i32 0, ptr %range.value, align 4
  br label %range.next
}

define internal ptr @main.count({ ptr, i32, i32 } %0) #_ section ".text.main.count" {
allocas:
  %map.key = alloca { ptr, i32 }, align 4
  %words = alloca { ptr, i32, i32 }, align 4
  %m = alloca ptr, align 4
  %w = alloca { ptr, i32 }, align 4
  %range.index = alloca i32, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store { ptr, i32 } zeroinitializer, ptr %map.key, align 4
  store { ptr, i32, i32 } zeroinitializer, ptr %words, align 4
  store { ptr, i32, i32 } %0, ptr %words, align 4
  store ptr null, ptr %m, align 4
  %1 = call ptr @runtime.hashmapMake(i32 8, i32 4, i32 0, i8 1, { ptr, ptr } zeroinitializer, { ptr, ptr } zeroinitializer), !tinygo.alloc !_
  store ptr %1, ptr %m, align 4
  store { ptr, i32 } zeroinitializer, ptr %w, align 4
  %2 = load { ptr, i32, i32 }, ptr %words, align 4
  %3 = extractvalue { ptr, i32, i32 } %2, 1
  store i32 0, ptr %range.index, align 4
  br label %range.cond

range.cond:                                       ; preds = %range.post, %entry
  %4 = load i32, ptr %range.index, align 4
  %5 = icmp slt i32 %4, %3
  br i1 %5, label %range.body, label %range.done

range.body:                                       ; preds = %range.cond
  %6 = extractvalue { ptr, i32, i32 } %2, 1
  %7 = icmp uge i32 %4, %6
  br i1 %7, label %panic, label %cont

range.post:                                       ; preds = %cont
  %8 = load i32, ptr %range.index, align 4
  %9 = add i32 %8, 1
  store i32 %9, ptr %range.index, align 4
  br label %range.cond

range.done:                                       ; preds = %range.cond
  %10 = load ptr, ptr %m, align 4
  ret ptr %10

panic:                                            ; preds = %range.body
  call void @runtime.panicIndex(i32 %4, i32 %6), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %range.body
  %11 = extractvalue { ptr, i32, i32 } %2, 0
  %12 = getelementptr inbounds { ptr, i32 }, ptr %11, i32 %4
  %13 = load { ptr, i32 }, ptr %12, align 4
  store { ptr, i32 } %13, ptr %w, align 4
  %14 = load ptr, ptr %m, align 4
  %15 = load { ptr, i32 }, ptr %w, align 4
  store { ptr, i32 } %15, ptr %map.key, align 4
  %16 = call ptr @runtime.hashmapAssign(ptr %14, ptr %map.key), !tinygo.alloc !_
  %17 = load i32, ptr %16, align 4
  %18 = add i32 %17, 1
  store i32 %18, ptr %16, align 4
  br label %range.post
}

@.str.main0 = private unnamed_addr constant [1 x i8] c"a", align 1
@.str.main1 = private unnamed_addr constant [1 x i8] c"b", align 1
