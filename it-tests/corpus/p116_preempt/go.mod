module example.com/p111

go 1.26
