package main

func main() { println(_) }
