// A string-building loop (issue 17's benchmark): two million short strings, each built by
// concatenation and conversion, the last 64 kept in a ring; the rest is garbage at once.
package main

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
	for i := 0; i < 2000000; i++ {
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
