package main

func init() { println("a _test.go file is not part of the build") }
