module example.com/p110

go 1.26
