package main

import "example.com/pkgexit/cfg"

func init() { println("main.init") }

func main() { println("main.main mode", cfg.Mode) }
