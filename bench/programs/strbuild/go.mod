module example.com/bench/strbuild

go 1.21
