package main

var yv = note("m_middle.go var", 10)

func init() { println("m_middle.go init 1") }

func init() { println("m_middle.go init 2") }
