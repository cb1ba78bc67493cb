module example.com/p96

go 1.26
