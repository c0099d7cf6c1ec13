package allpass

import "testing"

func TestReverse(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "hello"} {
		t.Run("len"+string(rune('0'+len(s))), func(t *testing.T) {
			if Reverse(Reverse(s)) != s {
				t.Errorf("twice reversed %q", s)
			}
		})
	}
}

func TestReverseHello(t *testing.T) {
	if got := Reverse("hello"); got != "olleh" {
		t.Fatalf("Reverse(hello) = %q", got)
	}
}
