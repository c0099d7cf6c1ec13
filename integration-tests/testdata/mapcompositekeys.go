package main

// Map keys of composite kinds: arrays, structs without padding (compared bytewise),
// structs with padding, blank fields or strings, and arrays of strings (compared and
// hashed field by field, by functions the compiler generates).

type pair struct {
	a, b int32
}

type padded struct {
	small int8
	big   int32
}

type person struct {
	name string
	age  int
}

type blanks struct {
	a int16
	_ int16
	b int16
}

type deep struct {
	tags [5]string
	id   uint8
}

func main() {
	arr := map[[2]int]int{{1, 2}: 3}
	arr[[2]int{1, 2}] *= 2
	arr[[2]int{2, 1}] = 1
	println(arr[[2]int{1, 2}], arr[[2]int{2, 1}], arr[[2]int{0, 0}], len(arr))

	pairs := map[pair]int{{1, 2}: 12}
	pads := map[padded]int{{1, 2}: 12}
	pads[padded{1, 2}]++
	pads[padded{2, 1}] = 21
	println(pairs[pair{1, 2}], pairs[pair{2, 1}], pads[padded{1, 2}], pads[padded{2, 1}], len(pads))

	people := map[person]bool{{"ann", 30}: true}
	people[person{"bob", 30}] = true
	_, annAt31 := people[person{"ann", 31}]
	println(people[person{"ann", 30}], annAt31, len(people))

	bl := map[blanks]int{{a: 1, b: 2}: 3}
	println(bl[blanks{a: 1, b: 2}], bl[blanks{a: 2, b: 1}])

	d := map[deep]int{}
	d[deep{tags: [5]string{"a", "b", "c", "d", "e"}, id: 1}] = 5
	d[deep{tags: [5]string{"a", "b", "c", "d", "f"}, id: 1}] = 6
	println(d[deep{tags: [5]string{"a", "b", "c", "d", "e"}, id: 1}], d[deep{tags: [5]string{"a", "b", "c", "d", "e"}}],
		len(d))

}
