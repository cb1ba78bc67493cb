package f

func init() {
	println("f.init")
}
