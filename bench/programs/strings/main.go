// Compiled code speed: strings built by concatenation. The decimal digits of 1 to 100,000,
// made one digit at a time (itoa), joined with spaces into lines of 100 numbers; the lines'
// lengths summed and compared.
package main

const limit = 100000

func digit(d int) string {
	switch d {
	case 0:
		return "0"
	case 1:
		return "1"
	case 2:
		return "2"
	case 3:
		return "3"
	case 4:
		return "4"
	case 5:
		return "5"
	case 6:
		return "6"
	case 7:
		return "7"
	case 8:
		return "8"
	}
	return "9"
}

func itoa(n int) string {
	if n < 10 {
		return digit(n)
	}
	return itoa(n/10) + digit(n%10)
}

func main() {
	total, lines, longest := 0, 0, ""
	line := ""
	for i := 1; i <= limit; i++ {
		if line != "" {
			line = line + " "
		}
		line = line + itoa(i)
		if i%100 == 0 {
			total += len(line)
			lines++
			if len(line) > len(longest) || (len(line) == len(longest) && line > longest) {
				longest = line
			}
			line = ""
		}
	}
	println("lines:", lines, "bytes:", total, "the longest:", len(longest), "bytes, ending", itoa(limit))
}
