package main

var zv = note("z_last.go var", yv+1)

func init() { println("z_last.go init") }
