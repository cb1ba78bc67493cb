module example.com/p27_precedence

go 1.21
