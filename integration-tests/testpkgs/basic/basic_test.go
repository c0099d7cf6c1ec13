package basic

import (
	"fmt"
	"testing"
)

func TestHalf(t *testing.T) {
	if got := half(10); got != 5 {
		t.Errorf("half(10) = %d", got)
	}
	t.Log("half works")
}

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestSumTable(t *testing.T) {
	cases := []struct {
		name string
		in   []int
		want int
	}{
		{"empty", nil, 0},
		{"one", []int{4}, 4},
		{"three", []int{1, 2, 3}, 6},
		{"wrong on purpose", []int{1, 1}, 3},
		{"one", []int{5}, 5},
	}
	for _, c := range cases {
		c := c
		ok := t.Run(c.name, func(t *testing.T) {
			check(t, Sum(c.in...), c.want)
		})
		fmt.Println("subtest", c.name, "passed:", ok)
	}
}

func TestFatalStops(t *testing.T) {
	defer func() { fmt.Println("deferred call runs after Fatal") }()
	t.Cleanup(func() { fmt.Println("cleanup 1") })
	t.Cleanup(func() { fmt.Println("cleanup 2 runs first") })
	t.Fatal("stopping here", 42)
	fmt.Println("not reached")
}

func TestSkipped(t *testing.T) {
	t.Skipf("skipped with %s", "a reason")
}

func TestShort(t *testing.T) {
	if testing.Short() {
		t.Skip("long test in -short mode")
	}
	t.Log("ran the long version")
}

func TestNested(t *testing.T) {
	t.Run("level1", func(t *testing.T) {
		t.Run("level2", func(t *testing.T) {
			t.Log("deep log\nsecond line")
			if t.Name() != "TestNested/level1/level2" {
				t.Error("name", t.Name())
			}
		})
		t.Run("failing", func(t *testing.T) {
			t.Error("a nested failure")
		})
	})
}

func Testlowercase(t *testing.T) {
	t.Error("not a test: the name continues with a lower-case letter")
}
