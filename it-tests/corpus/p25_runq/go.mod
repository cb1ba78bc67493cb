module example.com/p25_runq

go 1.21
