module example.com/p91

go 1.21
