module example.com/p81

go 1.22
