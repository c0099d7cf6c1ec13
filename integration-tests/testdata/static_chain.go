// A package-level linked list of 300 nodes, each a composite literal nested in the one
// before (static data), walked by loops; and one of 100 nodes written through after
// being walked, so that it is writable data. The read-only data analysis follows such a
// walk one node a pass: its passes take the contents new to each load only
// (ReadOnlyData.newContents), or a list of 20,000 took minutes.
package main

type node struct {
	v    int
	next *node
}

var list = &node{0, &node{7, &node{14, &node{21, &node{28, &node{35, &node{42, &node{49, &node{56, &node{63, &node{70, &node{77, &node{84, &node{91, &node{98, &node{5, &node{12, &node{19, &node{26, &node{33, &node{40, &node{47, &node{54, &node{61, &node{68, &node{75, &node{82, &node{89, &node{96, &node{3, &node{10, &node{17, &node{24, &node{31, &node{38, &node{45, &node{52, &node{59, &node{66, &node{73, &node{80, &node{87, &node{94, &node{1, &node{8, &node{15, &node{22, &node{29, &node{36, &node{43, &node{50, &node{57, &node{64, &node{71, &node{78, &node{85, &node{92, &node{99, &node{6, &node{13, &node{20, &node{27, &node{34, &node{41, &node{48, &node{55, &node{62, &node{69, &node{76, &node{83, &node{90, &node{97, &node{4, &node{11, &node{18, &node{25, &node{32, &node{39, &node{46, &node{53, &node{60, &node{67, &node{74, &node{81, &node{88, &node{95, &node{2, &node{9, &node{16, &node{23, &node{30, &node{37, &node{44, &node{51, &node{58, &node{65, &node{72, &node{79, &node{86, &node{93, &node{0, &node{7, &node{14, &node{21, &node{28, &node{35, &node{42, &node{49, &node{56, &node{63, &node{70, &node{77, &node{84, &node{91, &node{98, &node{5, &node{12, &node{19, &node{26, &node{33, &node{40, &node{47, &node{54, &node{61, &node{68, &node{75, &node{82, &node{89, &node{96, &node{3, &node{10, &node{17, &node{24, &node{31, &node{38, &node{45, &node{52, &node{59, &node{66, &node{73, &node{80, &node{87, &node{94, &node{1, &node{8, &node{15, &node{22, &node{29, &node{36, &node{43, &node{50, &node{57, &node{64, &node{71, &node{78, &node{85, &node{92, &node{99, &node{6, &node{13, &node{20, &node{27, &node{34, &node{41, &node{48, &node{55, &node{62, &node{69, &node{76, &node{83, &node{90, &node{97, &node{4, &node{11, &node{18, &node{25, &node{32, &node{39, &node{46, &node{53, &node{60, &node{67, &node{74, &node{81, &node{88, &node{95, &node{2, &node{9, &node{16, &node{23, &node{30, &node{37, &node{44, &node{51, &node{58, &node{65, &node{72, &node{79, &node{86, &node{93, &node{0, &node{7, &node{14, &node{21, &node{28, &node{35, &node{42, &node{49, &node{56, &node{63, &node{70, &node{77, &node{84, &node{91, &node{98, &node{5, &node{12, &node{19, &node{26, &node{33, &node{40, &node{47, &node{54, &node{61, &node{68, &node{75, &node{82, &node{89, &node{96, &node{3, &node{10, &node{17, &node{24, &node{31, &node{38, &node{45, &node{52, &node{59, &node{66, &node{73, &node{80, &node{87, &node{94, &node{1, &node{8, &node{15, &node{22, &node{29, &node{36, &node{43, &node{50, &node{57, &node{64, &node{71, &node{78, &node{85, &node{92, &node{99, &node{6, &node{13, &node{20, &node{27, &node{34, &node{41, &node{48, &node{55, &node{62, &node{69, &node{76, &node{83, &node{90, &node{97, &node{4, &node{11, &node{18, &node{25, &node{32, &node{39, &node{46, &node{53, &node{60, &node{67, &node{74, &node{81, &node{88, &node{95, &node{2, &node{9, &node{16, &node{23, &node{30, &node{37, &node{44, &node{51, &node{58, &node{65, &node{72, &node{79, &node{86, &node{93, nil}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}

var written = &node{0, &node{1, &node{2, &node{3, &node{4, &node{5, &node{6, &node{7, &node{8, &node{9, &node{10, &node{11, &node{12, &node{13, &node{14, &node{15, &node{16, &node{17, &node{18, &node{19, &node{20, &node{21, &node{22, &node{23, &node{24, &node{25, &node{26, &node{27, &node{28, &node{29, &node{30, &node{31, &node{32, &node{33, &node{34, &node{35, &node{36, &node{37, &node{38, &node{39, &node{40, &node{41, &node{42, &node{43, &node{44, &node{45, &node{46, &node{47, &node{48, &node{49, &node{50, &node{51, &node{52, &node{53, &node{54, &node{55, &node{56, &node{57, &node{58, &node{59, &node{60, &node{61, &node{62, &node{63, &node{64, &node{65, &node{66, &node{67, &node{68, &node{69, &node{70, &node{71, &node{72, &node{73, &node{74, &node{75, &node{76, &node{77, &node{78, &node{79, &node{80, &node{81, &node{82, &node{83, &node{84, &node{85, &node{86, &node{87, &node{88, &node{89, &node{90, &node{91, &node{92, &node{93, &node{94, &node{95, &node{96, &node{97, &node{98, &node{99, nil}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}

func sum(p *node) int {
	s := 0
	for ; p != nil; p = p.next {
		s += p.v
	}
	return s
}

func lengthWritten() (n int) {
	for p := written; p != nil; p = p.next {
		n++
	}
	return
}

func length(p *node) (n int) {
	for p != nil {
		n++
		p = p.next
	}
	return
}

// the written list has walkers of its own: on the Uno, a read that may reach RAM and
// program memory alike would move list to RAM, which it does not fit beside written
func sumWritten() (s int) {
	for p := written; p != nil; p = p.next {
		s += p.v
	}
	return
}

func main() {
	println(length(list), sum(list))
	println(lengthWritten(), sumWritten())
	p := written
	for i := 0; i < 50; i++ {
		p = p.next
	}
	p.v = 1000
	p.next.next = nil
	println(lengthWritten(), sumWritten())
	last := list
	for last.next != nil {
		last = last.next
	}
	println(last.v, list.v, list.next.v)
}
