// Package sort is part of Go's sort for rt0gen: the Interface (container/heap builds on it),
// Reverse, IsSorted, binary search (Search, Find, SearchInts, SearchStrings), and sorting of
// []int and []string (Ints, Strings, IntSlice, StringSlice), whose result is the one sorted
// order whatever the algorithm. Sort, Stable and Slice are not here yet: Sort's result for
// equal elements is its algorithm's (Go's pattern-defeating quicksort), Slice needs
// reflection.
package sort

// Interface is Go's: a collection that can be sorted by the integer indexes of its elements.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// IsSorted reports whether data is sorted: Go's loop, from the end, Less(i, i-1).
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reverse is Go's: an Interface whose Less is the embedded one's, reversed.
type reverse struct {
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// Search returns the smallest index i in [0, n) at which f(i) is true, assuming that f is
// false and then true over the range; n if there is none. Go's binary search, the same
// calls of f.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, and whether cmp(i) == 0
// there, assuming cmp is positive, then zero, then negative over the range.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts searches for x in a sorted slice of ints: the index to insert x at if it is
// not there.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings, as SearchInts.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { heapSort(IntSlice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { heapSort(StringSlice(x)) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// heapSort sorts data: a heap sort (Go's slices.Sort is a pattern-defeating quicksort; for
// ints and strings the sorted order is the same, only the method calls differ, and these
// data have no methods a program sees).
func heapSort(data Interface) {
	n := data.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(data, i, n)
	}
	for end := n - 1; end > 0; end-- {
		data.Swap(0, end)
		siftDown(data, 0, end)
	}
}

// siftDown moves element root of data[:n], a max-heap by Less, down to its place.
func siftDown(data Interface, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(child, child+1) {
			child++
		}
		if !data.Less(root, child) {
			return
		}
		data.Swap(root, child)
		root = child
	}
}

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Sort is a convenience method: x.Sort() calls Ints(x).
func (x IntSlice) Sort() { Ints(x) }

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Sort is a convenience method: x.Sort() calls Strings(x).
func (x StringSlice) Sort() { Strings(x) }
