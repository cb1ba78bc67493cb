// A string-building loop (issue 17's benchmark): two million short strings (N, for the
// tests' shorter runs), each built by concatenation and conversion, the last 64 kept in a
// ring; the rest is garbage at once.
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

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func main() {
	var ring [64]string
	total := 0
	n := envInt("N", 2000000)
	for i := 0; i < n; i++ {
		s := "key-" + itoa(i) + "-" + itoa(i%97)
		b := []byte(s)
		b[0] = 'K'
		ring[i%64] = string(b)
		total += len(s)
	}
	for _, s := range ring {
		total += len(s)
	}
	println("strings", total, ring[63])
}
