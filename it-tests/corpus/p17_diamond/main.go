package main

import (
	"example.com/diamond/left"
	"example.com/diamond/right"
)

var sum = left.L + right.R

func init() { println("main.init", sum) }

func main() { println("main.main", sum) }
