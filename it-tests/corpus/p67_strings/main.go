// Strings as byte sequences: indexing, slicing, len, range decoding UTF-8 (with invalid bytes),
// conversions to and from []byte and []rune, string(rune), comparison of slices of strings.
package main

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	println(len(s), s[0], s[1], s[7:])
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		print(i, ":", r, " ")
	}
	println()
	b := []byte(s)
	b[0] = 'H'
	println(string(b), s[:1], len(b))
	println(reverse(s), len([]rune(s)))
	println(string(rune(0x4e16)), string(rune(-1)) == "\uFFFD", string(rune(65)))
	words := []string{"b", "a", "c"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	println(words[0] + words[1] + words[2])
	count := 0
	for range "日本語" {
		count++
	}
	println(count)
}
