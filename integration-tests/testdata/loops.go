package main

func main() {
	// the three-clause form
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	println("sum 1..10 =", sum)

	// the condition-only form
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	println("collatz steps for 27 =", steps)

	// the infinite form with break
	k := 0
	for {
		k += 3
		if k > 20 {
			break
		}
	}
	println("first multiple of 3 above 20 =", k)

	// continue skips the rest of the body, and the post statement still runs
	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	println("sum of odd below 10 =", odd)

	// nested loops: break and continue apply to the innermost loop
	count := 0
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				break
			}
			if (i+j)%3 == 0 {
				continue
			}
			count++
		}
	}
	println("nested count =", count)

	// counting down with an unsigned counter stops by wrap-around test
	var u uint8 = 3
	for u < 200 {
		print(u, " ")
		u--
	}
	println()
	println("after wrap u =", u)

	// a loop that runs zero times
	for i := 10; i < 5; i++ {
		println("never")
	}

	// logical operators short-circuit
	for i := 0; i < 4 && calls < 100; i++ {
		if i > 1 || bump() {
			calls += 10
		}
	}
	println("calls =", calls, "done =", !(calls < 20))
}

var calls int

// bump counts how often the right operand of || was evaluated.
func bump() bool {
	calls++
	return false
}
