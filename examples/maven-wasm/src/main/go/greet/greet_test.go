package greet

import (
	"os"
	"testing"
)

func TestHello(t *testing.T) {
	if got, want := Hello("go"), "hello, GO!"; got != want {
		t.Errorf("Hello(%q) = %q, want %q", "go", got, want)
	}
}

func TestSquares(t *testing.T) {
	s := Squares(4)
	if len(s) != 4 || s[3] != 16 {
		t.Errorf("Squares(4) = %v", s)
	}
}

// go test runs a test in its package's folder: testdata/ is found relative to it.
func TestTestdata(t *testing.T) {
	b, err := os.ReadFile("testdata/want.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := Hello("go") + "\n"; got != string(b) {
		t.Errorf("Hello(%q) = %q, testdata/want.txt has %q", "go", got, b)
	}
}
