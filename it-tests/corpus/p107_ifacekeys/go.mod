module example.com/p107

go 1.26
