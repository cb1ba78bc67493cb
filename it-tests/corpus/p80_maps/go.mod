module example.com/p80

go 1.22
