module example.com/spawn

go 1.26
