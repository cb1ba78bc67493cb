module example.com/p45_strbuild

go 1.21
