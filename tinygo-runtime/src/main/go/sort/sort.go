// Package sort sorts slices and user-defined collections and searches sorted ones.
// Sort is an introsort: quicksort with median-of-three pivots, insertion sort for
// short ranges and heapsort where partitioning degrades (O(n log n), no allocation);
// Stable is an insertion sort of blocks merged in place by rotations (O(n log² n)).
// Equal elements may come out of Sort in a different order than with Go's pdqsort;
// Stable's order is the one the specification fixes.
// Slice, SliceStable and SliceIsSorted swap elements through internal/reflectlite;
// a program that calls them gets full type descriptors.
package sort

// Interface is a collection that can be sorted by index.
type Interface interface {
	Len() int           // the number of elements
	Less(i, j int) bool // whether element i must sort before element j
	Swap(i, j int)      // exchanges elements i and j
}

// Sort sorts data in ascending order as determined by Less; it is not stable.
func Sort(data Interface) {
	n := data.Len()
	depth := 0
	for i := n; i > 0; i >>= 1 {
		depth += 2
	}
	quickSort(data, 0, n, depth)
}

// quickSort sorts data[lo:hi]: quicksort with a median-of-three pivot, recursing into
// the smaller part and looping on the larger one (so the recursion is O(log n) deep),
// insertion sort for short ranges, and heapsort for a range once depth partitions
// have not made it short (so the worst case stays O(n log n)).
func quickSort(data Interface, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapSort(data, lo, hi)
			return
		}
		depth--
		p := partition(data, lo, hi)
		if p-lo < hi-p {
			quickSort(data, lo, p, depth)
			lo = p + 1
		} else {
			quickSort(data, p+1, hi, depth)
			hi = p
		}
	}
	insertionSort(data, lo, hi)
}

// partition puts the median of data[lo], data[mid] and data[hi-1] at its sorted place p
// in data[lo:hi], with nothing greater before it and nothing less after it, and returns
// p. Both scans stop at elements equal to the pivot, so equal keys split evenly.
func partition(data Interface, lo, hi int) int {
	m := int(uint(lo+hi) >> 1)
	if data.Less(m, lo) {
		data.Swap(m, lo)
	}
	if data.Less(hi-1, m) {
		data.Swap(hi-1, m)
		if data.Less(m, lo) {
			data.Swap(m, lo)
		}
	}
	data.Swap(lo, m) // the pivot waits at lo
	i, j := lo+1, hi-1
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(lo, j)
	return j
}

func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property below root in the heap data[lo:lo+n]
// (root and n counted from lo).
func siftDown(data Interface, lo, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(lo+child, lo+child+1) {
			child++
		}
		if !data.Less(lo+root, lo+child) {
			return
		}
		data.Swap(lo+root, lo+child)
		root = child
	}
}

func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(data, lo, i, n)
	}
	for end := n - 1; end > 0; end-- {
		data.Swap(lo, lo+end)
		siftDown(data, lo, 0, end)
	}
}

// Stable sorts data in ascending order, keeping the original order of equal elements.
func Stable(data Interface) {
	n := data.Len()
	const block = 16
	for lo := 0; lo < n; lo += block {
		hi := lo + block
		if hi > n {
			hi = n
		}
		insertionSort(data, lo, hi)
	}
	for width := block; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			hi := lo + 2*width
			if hi > n {
				hi = n
			}
			mergeInPlace(data, lo, lo+width, hi)
		}
	}
}

// mergeInPlace merges the sorted runs data[lo:mid] and data[mid:hi], stably, by
// splitting the longer run at its middle, finding the matching split of the other by
// binary search, rotating the two inner pieces into place and recursing on both halves.
func mergeInPlace(data Interface, lo, mid, hi int) {
	if lo >= mid || mid >= hi {
		return
	}
	if hi-lo == 2 {
		if data.Less(mid, lo) {
			data.Swap(lo, mid)
		}
		return
	}
	var cut1, cut2 int
	if mid-lo >= hi-mid {
		cut1 = lo + (mid-lo)/2
		// first element of the right run that does not sort before data[cut1]
		cut2 = lowerBound(data, mid, hi, cut1)
	} else {
		cut2 = mid + (hi-mid)/2
		// first element of the left run that sorts after data[cut2]
		cut1 = upperBound(data, lo, mid, cut2)
	}
	rotate(data, cut1, mid, cut2)
	newMid := cut1 + (cut2 - mid)
	mergeInPlace(data, lo, cut1, newMid)
	mergeInPlace(data, newMid, cut2, hi)
}

// lowerBound returns the first index in [lo, hi) whose element is not less than data[x].
func lowerBound(data Interface, lo, hi, x int) int {
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if data.Less(m, x) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// upperBound returns the first index in [lo, hi) whose element is greater than data[x].
func upperBound(data Interface, lo, hi, x int) int {
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !data.Less(x, m) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// rotate exchanges the blocks data[lo:mid] and data[mid:hi] by three reversals.
func rotate(data Interface, lo, mid, hi int) {
	reverseRange(data, lo, mid)
	reverseRange(data, mid, hi)
	reverseRange(data, lo, hi)
}

func reverseRange(data Interface, lo, hi int) {
	for hi--; lo < hi; lo, hi = lo+1, hi-1 {
		data.Swap(lo, hi)
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reversed struct {
	Interface
}

func (r reversed) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with the reverse order.
func Reverse(data Interface) Interface { return reversed{data} }

// Search returns the smallest index i in [0, n) at which f(i) is true, assuming f is
// false then true over the range; n if f is never true.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(m) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Find does a binary search for the smallest i in [0, n) at which cmp(i) <= 0, for a
// cmp that is positive, then zero, then negative as i grows; it returns n if there is
// none, and found reports whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}
