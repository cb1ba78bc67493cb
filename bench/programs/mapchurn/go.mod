module example.com/bench/mapchurn

go 1.21
