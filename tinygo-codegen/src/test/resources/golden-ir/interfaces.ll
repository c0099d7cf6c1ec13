@"type:main.Square" = private constant { { ptr, i32 }, i8 } { { ptr, i32 } { ptr @.str.main0, i32 11 }, i8 25 }
define internal void @main.init() #_ section ".text.main.init" {
allocas:
  br label %entry

entry:                                            ; preds = %allocas
  ret void
}

define internal void @main.main() #_ section ".text.main.main" {
allocas:
  %shapes = alloca { ptr, i32, i32 }, align 4
  %complit = alloca { i32 }, align 4
  %isSquare = alloca i1, align 1
  br label %entry

entry:                                            ; preds = %allocas
  store { ptr, i32, i32 } zeroinitializer, ptr %shapes, align 4
  %0 = call ptr @runtime.alloc(i32 16), !tinygo.alloc !_
  br i1 false, label %panic, label %cont

panic:                                            ; preds = %entry
  call void @runtime.panicIndex(i32 0, i32 2), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %1 = getelementptr inbounds [2 x { ptr, ptr }], ptr %0, i32 0, i32 0
  store { i32 } zeroinitializer, ptr %complit, align 4
  %2 = getelementptr inbounds nuw { i32 }, ptr %complit, i32 0, i32 0
  store i32 2, ptr %2, align 4
  %3 = load { i32 }, ptr %complit, align 4
  %4 = call ptr @runtime.allocNoscan(i32 4), !tinygo.alloc !_
  store { i32 } %3, ptr %4, align 4
  %5 = insertvalue { ptr, ptr } { ptr @"type:main.Square", ptr undef }, ptr %4, 1
  store { ptr, ptr } %5, ptr %1, align 4
  br i1 false, label %panic1, label %cont2

panic1:                                           ; preds = %cont
  call void @runtime.panicIndex(i32 1, i32 2), !tinygo.alloc !_
  unreachable

cont2:                                            ; preds = %cont
  %6 = getelementptr inbounds [2 x { ptr, ptr }], ptr %0, i32 0, i32 1
  %7 = call ptr @runtime.allocNoscan(i32 8), !tinygo.alloc !_
  %8 = getelementptr inbounds nuw { i32, i32 }, ptr %7, i32 0, i32 0
  store i32 2, ptr %8, align 4
  %9 = getelementptr inbounds nuw { i32, i32 }, ptr %7, i32 0, i32 1
  store i32 3, ptr %9, align 4
  %10 = insertvalue { ptr, ptr } { ptr @"type:*main.Rect", ptr undef }, ptr %7, 1
  store { ptr, ptr } %10, ptr %6, align 4
  br i1 false, label %panic3, label %cont4

panic3:                                           ; preds = %cont2
  call void @runtime.panicSlice(i32 0, i32 2, i32 2, i32 2, i8 2), !tinygo.alloc !_
  unreachable

cont4:                                            ; preds = %cont2
  %11 = getelementptr { ptr, ptr }, ptr %0, i32 0
  %12 = insertvalue { ptr, i32, i32 } undef, ptr %11, 0
  %13 = insertvalue { ptr, i32, i32 } %12, i32 2, 1
  %14 = insertvalue { ptr, i32, i32 } %13, i32 2, 2
  store { ptr, i32, i32 } %14, ptr %shapes, align 4
  store i1 false, ptr %isSquare, align 1
  %15 = load { ptr, i32, i32 }, ptr %shapes, align 4
  %16 = extractvalue { ptr, i32, i32 } %15, 1
  %17 = icmp uge i32 0, %16
  br i1 %17, label %panic5, label %cont6

panic5:                                           ; preds = %cont4
  call void @runtime.panicIndex(i32 0, i32 %16), !tinygo.alloc !_
  unreachable

cont6:                                            ; preds = %cont4
  %18 = extractvalue { ptr, i32, i32 } %15, 0
  %19 = getelementptr inbounds { ptr, ptr }, ptr %18, i32 0
  %20 = load { ptr, ptr }, ptr %19, align 4
  %21 = extractvalue { ptr, ptr } %20, 0
  %22 = extractvalue { ptr, ptr } %20, 1
  %23 = icmp eq ptr %21, @"type:main.Square"
  br i1 %23, label %assert.then, label %assert.done

assert.then:                                      ; preds = %cont6
  %24 = load { i32 }, ptr %22, align 4
  br label %assert.done

assert.done:                                      ; preds = %assert.then, %cont6
  %25 = phi { i32 } [ zeroinitializer, %cont6 ], [ %24, %assert.then ]
  %26 = insertvalue { { i32 }, i1 } undef, { i32 } %25, 0
  %27 = insertvalue { { i32 }, i1 } %26, i1 %23, 1
  %28 = extractvalue { { i32 }, i1 } %27, 0
  %29 = extractvalue { { i32 }, i1 } %27, 1
  store i1 %29, ptr %isSquare, align 1
  %30 = load { ptr, i32, i32 }, ptr %shapes, align 4
  %31 = call i32 @main.total({ ptr, i32, i32 } %30)
  %32 = load { ptr, i32, i32 }, ptr %shapes, align 4
  %33 = extractvalue { ptr, i32, i32 } %32, 1
  %34 = icmp uge i32 1, %33
  br i1 %34, label %panic7, label %cont8

panic7:                                           ; preds = %assert.done
  call void @runtime.panicIndex(i32 1, i32 %33), !tinygo.alloc !_
  unreachable

cont8:                                            ; preds = %assert.done
  %35 = extractvalue { ptr, i32, i32 } %32, 0
  %36 = getelementptr inbounds { ptr, ptr }, ptr %35, i32 1
  %37 = load { ptr, ptr }, ptr %36, align 4
  %38 = call i32 @main.describe({ ptr, ptr } %37)
  %39 = call i32 @main.describe({ ptr, ptr } { ptr @"type:int", ptr @box.main1 })
  %40 = load i1, ptr %isSquare, align 1
  call void @runtime.printint32(i32 %31), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  call void @runtime.printint32(i32 %38), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  call void @runtime.printint32(i32 %39), !tinygo.alloc !_
  call void @runtime.printsp(), !tinygo.alloc !_
  call void @runtime.printbool(i1 %40), !tinygo.alloc !_
  call void @runtime.printnl(), !tinygo.alloc !_
  ret void
}

define internal i32 @main.total({ ptr, i32, i32 } %0) #_ section ".text.main.total" {
allocas:
  %shapes = alloca { ptr, i32, i32 }, align 4
  %sum = alloca i32, align 4
  %s = alloca { ptr, ptr }, align 4
  %range.index = alloca i32, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store { ptr, i32, i32 } zeroinitializer, ptr %shapes, align 4
  store { ptr, i32, i32 } %0, ptr %shapes, align 4
  store i32 0, ptr %sum, align 4
  store i32 0, ptr %sum, align 4
  store { ptr, ptr } zeroinitializer, ptr %s, align 4
  %1 = load { ptr, i32, i32 }, ptr %shapes, align 4
  %2 = extractvalue { ptr, i32, i32 } %1, 1
  store i32 0, ptr %range.index, align 4
  br label %range.cond

range.cond:                                       ; preds = %range.post, %entry
  %3 = load i32, ptr %range.index, align 4
  %4 = icmp slt i32 %3, %2
  br i1 %4, label %range.body, label %range.done

range.body:                                       ; preds = %range.cond
  %5 = extractvalue { ptr, i32, i32 } %1, 1
  %6 = icmp uge i32 %3, %5
  br i1 %6, label %panic, label %cont

range.post:                                       ; preds = %cont
  %7 = load i32, ptr %range.index, align 4
  %8 = add i32 %7, 1
  store i32 %8, ptr %range.index, align 4
  br label %range.cond

range.done:                                       ; preds = %range.cond
  %9 = load i32, ptr %sum, align 4
  ret i32 %9

panic:                                            ; preds = %range.body
  call void @runtime.panicIndex(i32 %3, i32 %5), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %range.body
  %10 = extractvalue { ptr, i32, i32 } %1, 0
  %11 = getelementptr inbounds { ptr, ptr }, ptr %10, i32 %3
  %12 = load { ptr, ptr }, ptr %11, align 4
  store { ptr, ptr } %12, ptr %s, align 4
  %13 = load i32, ptr %sum, align 4
  %14 = load { ptr, ptr }, ptr %s, align 4
  %15 = extractvalue { ptr, ptr } %14, 0
  %16 = extractvalue { ptr, ptr } %14, 1
  %17 = call i32 @"interface.invoke:Area()(int)"(ptr %15, ptr %16)
  %18 = add i32 %13, %17
  store i32 %18, ptr %sum, align 4
  br label %range.post
}

define internal i32 @main.describe({ ptr, ptr } %0) #_ section ".text.main.describe" {
allocas:
  %x = alloca { ptr, ptr }, align 4
  %v = alloca { i32 }, align 4
  %v7 = alloca ptr, align 4
  %v8 = alloca i32, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store { ptr, ptr } zeroinitializer, ptr %x, align 4
  store { ptr, ptr } %0, ptr %x, align 4
  %1 = load { ptr, ptr }, ptr %x, align 4
  store { i32 } zeroinitializer, ptr %v, align 4
  store ptr null, ptr %v7, align 4
  store i32 0, ptr %v8, align 4
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = extractvalue { ptr, ptr } %1, 1
  %4 = icmp eq ptr %2, @"type:main.Square"
  br i1 %4, label %assert.then, label %assert.done

typeswitch.done:                                  ; preds = %typeswitch.next6
  ret i32 -1

typeswitch.case:                                  ; preds = %typeswitch.match
  %5 = getelementptr inbounds nuw { i32 }, ptr %v, i32 0, i32 0
  %6 = load i32, ptr %5, align 4
  ret i32 %6

typeswitch.case1:                                 ; preds = %typeswitch.match3
  %7 = load ptr, ptr %v7, align 4
  %8 = icmp eq ptr %7, null
  br i1 %8, label %panic, label %cont

typeswitch.case2:                                 ; preds = %typeswitch.match5
  %9 = load i32, ptr %v8, align 4
  ret i32 %9

typeswitch.match:                                 ; preds = %assert.done
  store { i32 } %21, ptr %v, align 4
  br label %typeswitch.case

typeswitch.next:                                  ; preds = %assert.done
  %10 = extractvalue { ptr, ptr } %1, 0
  %11 = extractvalue { ptr, ptr } %1, 1
  %12 = icmp eq ptr %10, @"type:*main.Rect"
  br i1 %12, label %assert.then9, label %assert.done10

typeswitch.match3:                                ; preds = %assert.done10
  store ptr %28, ptr %v7, align 4
  br label %typeswitch.case1

typeswitch.next4:                                 ; preds = %assert.done10
  %13 = extractvalue { ptr, ptr } %1, 0
  %14 = extractvalue { ptr, ptr } %1, 1
  %15 = icmp eq ptr %13, @"type:int"
  br i1 %15, label %assert.then11, label %assert.done12

typeswitch.match5:                                ; preds = %assert.done12
  store i32 %34, ptr %v8, align 4
  br label %typeswitch.case2

typeswitch.next6:                                 ; preds = %assert.done12
  br label %typeswitch.done

assert.then:                                      ; preds = %entry
  %16 = load { i32 }, ptr %3, align 4
  br label %assert.done

assert.done:                                      ; preds = %assert.then, %entry
  %17 = phi { i32 } [ zeroinitializer, %entry ], [ %16, %assert.then ]
  %18 = insertvalue { { i32 }, i1 } undef, { i32 } %17, 0
  %19 = insertvalue { { i32 }, i1 } %18, i1 %4, 1
  %20 = extractvalue { { i32 }, i1 } %19, 1
  %21 = extractvalue { { i32 }, i1 } %19, 0
  br i1 %20, label %typeswitch.match, label %typeswitch.next

panic:                                            ; preds = %typeswitch.case1
  call void @runtime.panicNilDeref(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %typeswitch.case1
  %22 = getelementptr inbounds nuw { i32, i32 }, ptr %7, i32 0, i32 0
  %23 = load i32, ptr %22, align 4
  ret i32 %23

assert.then9:                                     ; preds = %typeswitch.next
  br label %assert.done10

assert.done10:                                    ; preds = %assert.then9, %typeswitch.next
  %24 = phi ptr [ null, %typeswitch.next ], [ %11, %assert.then9 ]
  %25 = insertvalue { ptr, i1 } undef, ptr %24, 0
  %26 = insertvalue { ptr, i1 } %25, i1 %12, 1
  %27 = extractvalue { ptr, i1 } %26, 1
  %28 = extractvalue { ptr, i1 } %26, 0
  br i1 %27, label %typeswitch.match3, label %typeswitch.next4

assert.then11:                                    ; preds = %typeswitch.next4
  %29 = load i32, ptr %14, align 4
  br label %assert.done12

assert.done12:                                    ; preds = %assert.then11, %typeswitch.next4
  %30 = phi i32 [ 0, %typeswitch.next4 ], [ %29, %assert.then11 ]
  %31 = insertvalue { i32, i1 } undef, i32 %30, 0
  %32 = insertvalue { i32, i1 } %31, i1 %15, 1
  %33 = extractvalue { i32, i1 } %32, 1
  %34 = extractvalue { i32, i1 } %32, 0
  br i1 %33, label %typeswitch.match5, label %typeswitch.next6
}

define internal i32 @main.Square.Area({ i32 } %0) #_ section ".text.main.Square.Area" {
allocas:
  %s = alloca { i32 }, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store { i32 } zeroinitializer, ptr %s, align 4
  store { i32 } %0, ptr %s, align 4
  %1 = getelementptr inbounds nuw { i32 }, ptr %s, i32 0, i32 0
  %2 = load i32, ptr %1, align 4
  %3 = getelementptr inbounds nuw { i32 }, ptr %s, i32 0, i32 0
  %4 = load i32, ptr %3, align 4
  %5 = mul i32 %2, %4
  ret i32 %5
}

define internal i32 @"main.(*Rect).Area"(ptr dereferenceable_or_null(8) %0) #_ section ".text.main.(*Rect).Area" {
allocas:
  %r = alloca ptr, align 4
  br label %entry

entry:                                            ; preds = %allocas
  store ptr null, ptr %r, align 4
  store ptr %0, ptr %r, align 4
  %1 = load ptr, ptr %r, align 4
  %2 = icmp eq ptr %1, null
  br i1 %2, label %panic, label %cont

panic:                                            ; preds = %entry
  call void @runtime.panicNilDeref(), !tinygo.alloc !_
  unreachable

cont:                                             ; preds = %entry
  %3 = getelementptr inbounds nuw { i32, i32 }, ptr %1, i32 0, i32 0
  %4 = load i32, ptr %3, align 4
  %5 = load ptr, ptr %r, align 4
  %6 = icmp eq ptr %5, null
  br i1 %6, label %panic1, label %cont2

panic1:                                           ; preds = %cont
  call void @runtime.panicNilDeref(), !tinygo.alloc !_
  unreachable

cont2:                                            ; preds = %cont
  %7 = getelementptr inbounds nuw { i32, i32 }, ptr %5, i32 0, i32 1
  %8 = load i32, ptr %7, align 4
  %9 = mul i32 %4, %8
  ret i32 %9
}

@.str.main0 = private unnamed_addr constant [11 x i8] c"main.Square", align 1
@box.main1 = private constant i32 4, align 4
