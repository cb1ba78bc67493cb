package main

// Every predeclared integer type: wrap-around at each width, conversions (truncation, sign and
// zero extension), unsigned division, remainder, shifts and comparisons, runes, printing.

var g8 int8 = 127
var gu8 uint8 = 255
var g64 int64 = -9223372036854775808

func add8(a, b int8) int8       { return a + b }
func mul16(a, b int16) int16    { return a * b }
func sub32(a, b int32) int32    { return a - b }
func add64(a, b int64) int64    { return a + b }
func addu8(a, b uint8) uint8    { return a + b }
func addu16(a, b uint16) uint16 { return a + b }
func mulu32(a, b uint32) uint32 { return a * b }
func addu64(a, b uint64) uint64 { return a + b }
func subu(a, b uint) uint       { return a - b }
func neg8(a int8) int8          { return -a }
func neg32(a int32) int32       { return -a }
func not8(a uint8) uint8        { return ^a }
func not16(a int16) int16       { return ^a }
func shl8(a int8, s uint) int8  { return a << s }
func shl32(a uint32, s int) uint32 { return a << s }
func shru8(a uint8, s uint64) uint8 { return a >> s }
func sar16(a int16, s uint16) int16 { return a >> s }
func shru64(a uint64, s uint8) uint64 { return a >> s }
func div8(a, b int8) int8       { return a / b }
func mod8(a, b int8) int8       { return a % b }
func div32(a, b int32) int32    { return a / b }
func udiv(a, b uint64) uint64   { return a / b }
func umod(a, b uint64) uint64   { return a % b }
func udiv16(a, b uint16) uint16 { return a / b }
func less(a, b uint64) bool     { return a < b }
func lessEq(a, b uint) bool     { return a <= b }
func greater(a, b uintptr) bool { return a > b }
func less32(a, b uint32) bool   { return a < b }
func less8(a, b int8) bool      { return a < b }

func main() {
	println("wrap:", add8(127, 1), add8(-128, -1), mul16(300, 300), sub32(-2147483648, 1), add64(9223372036854775807, 1))
	println("wrapu:", addu8(255, 1), addu16(65535, 2), mulu32(65536, 65536), addu64(18446744073709551615, 2), subu(0, 1))
	println("neg not:", neg8(-128), neg32(-2147483648), not8(0), not8(0x0f), not16(0))
	println("shl:", shl8(1, 7), shl8(3, 7), shl8(1, 8), shl8(-1, 100), shl32(1, 31), shl32(1, 32))
	println("shr:", shru8(255, 4), shru8(255, 8), shru8(255, 1<<63), sar16(-32768, 15), sar16(-32768, 16), sar16(1000, 3))
	println("shru64:", shru64(18446744073709551615, 1), shru64(1<<63, 63), shru64(1<<63, 255))
	println("div:", div8(-128, -1), mod8(-128, -1), div8(-7, 2), mod8(-7, 2), div32(-2147483648, -1))
	println("udiv:", udiv(18446744073709551615, 10), umod(18446744073709551615, 10), udiv(1<<63, 3), udiv16(65535, 256))
	println("cmp:", less(1, 18446744073709551615), less(18446744073709551615, 1), lessEq(5, 5), greater(1<<63, 1), less32(4294967295, 0), less8(-1, 0))
	var x uint64 = 1 << 63
	println("u64:", x, x/2, x%7, x>>62, x<<1, x/8, x%16, x/10, x%10)
	var y uint32 = 4000000000
	println("u32:", y, y+y, y*3, y/7, y%7, y>>31, y<<1)

	// conversions: truncation, sign and zero extension
	var i int = 0x12345678_9abcdef0
	println("from int:", int8(i), uint8(i), int16(i), uint16(i), int32(i), uint32(i), int64(i), uint64(i))
	var m int8 = -1
	println("from int8:", uint8(m), uint16(m), uint32(m), uint64(m), uint(m), int(m), uintptr(m))
	var u8 uint8 = 200
	println("from uint8:", int8(u8), int16(u8), int(u8), uint32(u8))
	var big uint64 = 18446744073709551615
	println("from uint64:", int(big), int32(big), uint16(big), int64(big>>1))
	println("consts:", int8(-128), uint8(255), uint64(1<<64-1), int64(-1<<63), ^uint8(0), ^uint32(1))

	// runes and bytes
	var r rune = 'é'
	var b byte = 'A'
	println("runes:", r, b, '\n', '\x41', '\u00e9', '\U0001F600', '\101', 'a'+1, '\'', '\\')
	b += 200
	r *= 1000000
	println("op=:", b, r)
	b++
	u8--
	var c byte = 0
	c--
	println("incdec:", b, u8, c)
	println("globals:", g8+1, gu8+1, -g8-1, g64-1, -g64)
	var k int8 = 100
	k *= 3
	var h int16 = 1
	h <<= 15
	println("assign ops:", k, h, h>>1)
	sum := uint8(0)
	for j := 0; j < 300; j++ {
		sum += uint8(j)
	}
	println("sum:", sum)

	// a shift of an untyped constant by a variable count: the constant takes the type of the use
	n := uint(9)
	var sb uint8 = 1 << n
	var sc int8 = 1<<n - 1
	sm := uint32(1<<(n+23) - 1)
	var sd int16 = -1 << n
	sx := 1 << n
	var se uint16 = 3
	println("untyped shifts:", sb, sc, sm, sd, sx, 1<<n == 512, se+1<<n, se<<(1<<2))
}
