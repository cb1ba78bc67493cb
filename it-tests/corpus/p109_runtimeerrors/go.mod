module example.com/p108

go 1.26
