module example.com/p13_strings

go 1.21
