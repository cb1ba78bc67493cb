module example.com/p40_mutual

go 1.21
