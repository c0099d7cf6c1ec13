package main

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func show(prefix string, vals ...interface{}) {
	print(prefix, len(vals))
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			print(" int:", x)
		case string:
			print(" str:", x)
		case nil:
			print(" nil")
		}
	}
	println()
}

func two() (int, int) { return 3, 4 }

type L struct{ n int }

func (l *L) Add(xs ...int) { l.n += sum(0, xs...) }

func main() {
	println(sum(1), sum(1, 2), sum(1, 2, 3), sum(0, []int{4, 5}...))
	println(sum(two()))
	show("a")
	show("b", 1, "x", nil)
	show("c", []interface{}{7}...)
	l := &L{}
	l.Add(1, 2, 3)
	f := l.Add
	f(10)
	println(l.n)
}
