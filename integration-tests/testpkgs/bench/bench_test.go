package bench

import "testing"

func TestFib(t *testing.T) {
	if Fib(10) != 55 {
		t.Fatal("Fib(10)")
	}
}

func BenchmarkFib10(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Fib(10)
	}
}

func BenchmarkFibSizes(b *testing.B) {
	for _, n := range []int{5, 8} {
		b.Run("n="+string(rune('0'+n)), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Fib(n)
			}
		})
	}
}

func BenchmarkSetup(b *testing.B) {
	b.StopTimer()
	x := Fib(12)
	b.StartTimer()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = x + Fib(3)
	}
}
