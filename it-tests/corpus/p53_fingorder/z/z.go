package z

var Z = 7

func Twice() int {
	return 2 * Z
}
