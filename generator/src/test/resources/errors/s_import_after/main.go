package main

func main() {}
import "os"
