package main

// Floating-point map keys: +0 and -0 are the same key, NaN is never equal to itself,
// so every NaN key is a new entry that no lookup or delete finds; the same holds
// inside structs and arrays. Complex keys are pairs of floats.

type measure struct {
	value float64
	unit  string
}

func main() {
	var zero float64
	negZero := -zero
	nan := zero / zero
	println(1/negZero < 0, nan == nan)

	m := map[float64]int{}
	m[0] = 1
	m[negZero]++
	m[2.5] = 3
	println(len(m), m[0], m[negZero], m[2.5], m[1])
	m[nan] = 10
	m[nan] = 20
	v, ok := m[nan]
	println(len(m), v, ok)
	delete(m, nan)
	nans, sum := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println(len(m), nans, sum)

	f32 := map[float32]string{1.5: "a"}
	f32[float32(negZero)] = "z"
	f32[0] += "!"
	println(f32[1.5], f32[0], len(f32))

	ms := map[measure]int{{0, "m"}: 1}
	ms[measure{negZero, "m"}]++
	ms[measure{nan, "m"}] = 5
	ms[measure{0, "cm"}] = 7
	println(len(ms), ms[measure{0, "m"}], ms[measure{nan, "m"}], ms[measure{0, "cm"}])

	arr := map[[2]float64]int{{1, 0}: 1}
	arr[[2]float64{1, negZero}] += 10
	arr[[2]float64{nan, 1}] = 2
	println(len(arr), arr[[2]float64{1, 0}])

	c := map[complex128]int{1 + 2i: 3, 2i: 4}
	c[1+2i]++
	println(len(c), c[1+2i], c[2i], c[1])
}
