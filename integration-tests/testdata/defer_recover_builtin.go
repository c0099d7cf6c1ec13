// defer recover(): it stops a panic when the holding function's normal return runs it
// (and that function was itself called by the panic), and is a no-op when a panic
// unwinding the holder runs it.
package main

func report(what string) {
	if r := recover(); r != nil {
		println(what, "recovered", r.(int))
	}
}

func quiet() {
	if r := recover(); r != nil {
		println("spurious recover of", r.(int))
	}
}

func normalReturn() {
	defer quiet()
	defer func() {
		defer recover() // runs at this closure's normal return, called by panic 1
	}()
	panic(1)
}

func unwinding() {
	defer report("outer")
	defer func() {
		defer report("inner")
		defer recover() // run by panic 3: a no-op
		panic(3)
	}()
	panic(2)
}

func main() {
	normalReturn()
	println("after normalReturn")
	unwinding()
	println("after unwinding")
}
