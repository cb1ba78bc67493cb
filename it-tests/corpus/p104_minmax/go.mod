module example.com/p104

go 1.21
