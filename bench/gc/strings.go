// An allocation-heavy string program for bench/gc: builds, splits and joins strings in
// a loop, keeping only a short result.
package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func main() {
	total := 0
	last := ""
	for i := 0; i < 300000; i++ {
		s := ""
		for j := 0; j < 8; j++ {
			s += itoa(i+j) + ","
		}
		parts := 0
		start := 0
		for k := 0; k < len(s); k++ {
			if s[k] == ',' {
				last = s[start:k]
				start = k + 1
				parts++
			}
		}
		total += parts + len(s)
	}
	println(total, last)
}
