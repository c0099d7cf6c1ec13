package main

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float64
}

type MyInt int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[S ~[]E, E any, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	println(Sum(1, 2, 3), Sum[float64](1.5, 2), Sum(MyInt(1), 2))
	strs := Map([]int{1, 2}, func(i int) string { return "x" })
	println(len(strs), Max(1, 2), Max("a", "b"), Max[float64](1, 2.5))
	var s Stack[int]
	s.Push(1)
	v, ok := s.Pop()
	println(v, ok)
	p := Pair[string, int]{"a", 1}
	println(p.Key, p.Val)
	l := &List[string]{val: "a", next: &List[string]{}}
	println(l.Len(), len(Keys(map[string]bool{"x": true})))
	f := Sum[int]
	println(f(1, 2))
}
