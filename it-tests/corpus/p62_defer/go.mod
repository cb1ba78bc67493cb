module example.com/p62

go 1.24
