module example.com/p104_osargs

go 1.26
