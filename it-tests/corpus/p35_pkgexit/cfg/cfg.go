package cfg

import "os"

var Mode = os.Getenv("MODE")

func init() {
	println("cfg.init mode=[" + Mode + "]")
	if Mode == "" {
		println("cfg: MODE not set, exiting with 4")
		os.Exit(4)
	}
}
