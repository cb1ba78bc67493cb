module example.com/p43_fibloop

go 1.21
