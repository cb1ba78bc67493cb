module example.com/p106

go 1.26
