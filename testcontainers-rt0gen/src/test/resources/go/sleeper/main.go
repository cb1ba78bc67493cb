// sleeper never exits on its own: it tests Rt0genContainer's bound on a hung program.
package main

import "time"

func main() {
	println("sleeping")
	for {
		time.Sleep(time.Hour)
	}
}
