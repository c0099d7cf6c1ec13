package basic_test

import (
	"testing"

	"tinygo4j.test/testpkgs/basic"
)

func TestExternalSum(t *testing.T) {
	if basic.Sum(2, 3) != 5 {
		t.Fatal("Sum(2, 3) != 5")
	}
	if t.Failed() || t.Skipped() {
		t.Error("state")
	}
}
