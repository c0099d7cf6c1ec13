// targets: host wasi wasm cortex-m-qemu microbit arduino

// copy, append and string concatenation over every pair of offsets and many lengths
// in one array, overlapping both ways and at every alignment: each result is checked
// against a byte-by-byte copy made the slow way, and a checksum is printed.
package main

const size = 48

var buf, want [size]byte

func fill() {
	for i := range buf {
		buf[i] = byte(i*7 + 3)
	}
}

// reference copies n bytes from src to dst in want, as memmove does.
func reference(dst, src, n int) {
	for i := range want {
		want[i] = buf[i]
	}
	var tmp [size]byte
	for i := 0; i < n; i++ {
		tmp[i] = want[src+i]
	}
	for i := 0; i < n; i++ {
		want[dst+i] = tmp[i]
	}
}

func main() {
	bad := 0
	sum := uint32(0)
	for n := 0; n <= 40; n++ {
		for src := 0; src+n <= size; src++ {
			for dst := 0; dst+n <= size; dst++ {
				fill()
				reference(dst, src, n)
				if c := copy(buf[dst:dst+n], buf[src:src+n]); c != n {
					bad++
				}
				if buf != want {
					if bad < 5 {
						println("copy differs: n", n, "src", src, "dst", dst)
					}
					bad++
				}
				sum = sum*31 + uint32(buf[dst%size]) + uint32(buf[size-1])
			}
		}
	}
	// append of a piece of the same array into spare capacity after it
	for n := 0; n <= 20; n++ {
		for src := 0; src+n <= 24; src++ {
			for l := 0; l <= 24; l++ {
				fill()
				reference(l, src, n)
				s := append(buf[:l], buf[src:src+n]...)
				if len(s) != l+n || cap(s) != size {
					bad++
				}
				if buf != want {
					if bad < 5 {
						println("append differs: n", n, "src", src, "len", l)
					}
					bad++
				}
			}
		}
	}
	// concatenations and conversions of every short length
	fill()
	str := string(buf[:])
	total := 0
	for a := 0; a <= 20; a++ {
		for b := 0; b <= 20; b++ {
			c := str[3:3+a] + str[a:a+b]
			bs := []byte(c)
			d := string(bs[:len(bs)/2]) + string(bs[len(bs)/2:])
			if c != d || len(c) != a+b || c[:a] != str[3:3+a] || c[a:] != str[a:a+b] {
				bad++
			}
			for i := 0; i < len(d); i++ {
				total += int(d[i])
			}
		}
	}
	println("bad", bad, "sum", sum, "total", total)
}
