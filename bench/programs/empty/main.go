// The empty program: every figure it makes is the bootstrap's own cost.
package main

func main() {}
