module example.com/p118

go 1.26
