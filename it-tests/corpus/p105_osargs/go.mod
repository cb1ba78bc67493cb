module example.com/p105_osargs

go 1.26
