module example.com/bench/maps

go 1.21
