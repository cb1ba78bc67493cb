module example.com/p141_strings

go 1.24
