package sort

import "internal/reflectlite"

// IntSlice attaches the methods of Interface to []int, in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice attaches the methods of Interface to []float64, in increasing order
// with NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || x[i] != x[i] && x[j] == x[j]
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice attaches the methods of Interface to []string, in increasing order.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether x is sorted in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// SearchInts returns the index where x would be inserted into the sorted slice a.
func SearchInts(a []int, x int) int { return searchOrdered(a, x) }

// SearchFloat64s returns the index where x would be inserted into the sorted slice a.
func SearchFloat64s(a []float64, x float64) int { return searchOrdered(a, x) }

// SearchStrings returns the index where x would be inserted into the sorted slice a.
func SearchStrings(a []string, x string) int { return searchOrdered(a, x) }

// searchOrdered is the binary search behind the Search* helpers: the first index whose
// element is not less than x.
func searchOrdered[T int | float64 | string](a []T, x T) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// lessSwap sorts a slice through its less function and a swapper made by reflectlite.
type lessSwap struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (s lessSwap) Len() int           { return s.n }
func (s lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s lessSwap) Swap(i, j int)      { s.swap(i, j) }

// Slice sorts the slice x by less; it is not stable. It panics if x is not a slice.
func Slice(x interface{}, less func(i, j int) bool) {
	swap := reflectlite.Swapper(x)
	Sort(lessSwap{reflectlite.SliceLen(x), less, swap})
}

// SliceStable sorts the slice x by less, keeping equal elements in their order.
func SliceStable(x interface{}, less func(i, j int) bool) {
	swap := reflectlite.Swapper(x)
	Stable(lessSwap{reflectlite.SliceLen(x), less, swap})
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x interface{}, less func(i, j int) bool) bool {
	n := reflectlite.SliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
