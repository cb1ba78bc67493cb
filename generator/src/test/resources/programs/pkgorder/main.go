package main

import (
	"example.com/t/z"
	"example.com/t/y"
)

var m = trace("main.m", z.Z+y.Y)

func trace(s string, v int) int {
	println("init", s, v)
	return v
}

func init() { println("main.init") }

func main() { println("main", m) }
