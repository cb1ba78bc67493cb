module example.com/p10_hello

go 1.21
