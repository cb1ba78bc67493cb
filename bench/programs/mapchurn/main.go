// A map-churning loop (issue 17's benchmark): a map of 10,000 string-keyed entries whose values
// are replaced, deleted and inserted again three million times (N, for the tests' shorter
// runs), and a fresh map every 500,000 operations; what was replaced or deleted is garbage.
package main

import "os"

// envInt is $name as a decimal number, or def when it is unset.
func envInt(name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	keys := make([]string, 10000)
	for i := range keys {
		keys[i] = "k" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
	}
	m := map[string][]int{}
	sum := 0
	n := envInt("N", 3000000)
	for i := 0; i < n; i++ {
		k := keys[(i*7919)%len(keys)]
		switch i % 3 {
		case 0:
			m[k] = make([]int, 4+i%8)
		case 1:
			if v, ok := m[k]; ok {
				sum += len(v)
			}
		case 2:
			delete(m, k)
		}
		if i%500000 == 499999 {
			sum += len(m)
			m = map[string][]int{}
		}
	}
	println("maps", sum, len(m))
}
