// Generics: functions and types instantiated per type-argument set (inferred and
// explicit), constraint methods, core-type operators, generic function values.
package main

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type myInt int

func (m myInt) Double() myInt { return m * 2 }

type Doubler[T any] interface {
	Double() T
}

func DoubleAll[T Doubler[T]](xs []T) []T {
	return Map(xs, func(x T) T { return x.Double() })
}

func Max[T int | int64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(Sum([]int{1, 2, 3}), Sum([]int64{1 << 40, 2}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	for _, s := range strs {
		print(s, " ")
	}
	println()
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	println(st.Len())
	v, ok := st.Pop()
	println(v, ok)
	ps := &Stack[int]{}
	ps.Push(7)
	n, _ := ps.Pop()
	_, ok2 := ps.Pop()
	println(n, ok2)
	p := MakePair("k", 42)
	println(p.Key, p.Val)
	for _, d := range DoubleAll([]myInt{1, 2, 3}) {
		print(d, " ")
	}
	println()
	println(Max(3, 7), Max("abc", "abd"), Max[int](2, -1))
	f := Sum[int]
	println(f([]int{10, 20}))
}
