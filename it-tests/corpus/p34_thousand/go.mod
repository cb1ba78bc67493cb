module example.com/p34_thousand

go 1.21
