// Compiled code speed on maps: word counting over generated keys (string and int keys),
// lookups that hit and miss, deletes, and iteration (summed, so the order does not matter).
package main

func main() {
	counts := make(map[int]int)
	x := 1
	for i := 0; i < 300000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		counts[x%50000]++
	}
	hits := 0
	for k := 0; k < 100000; k++ {
		if _, ok := counts[k]; ok {
			hits++
		}
	}
	for k := 0; k < 50000; k += 3 {
		delete(counts, k)
	}
	sum, n := 0, 0
	for k, v := range counts {
		sum += k * v
		n++
	}
	names := make(map[string]int)
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	for i := 0; i < 200000; i++ {
		w := words[i%len(words)] + words[(i/8)%len(words)]
		names[w] += i % 7
	}
	total := 0
	for _, v := range names {
		total += v
	}
	println("ints:", len(counts), n, hits, sum, "strings:", len(names), total)
}
