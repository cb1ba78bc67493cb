package main

import o "os"
func main() {}
