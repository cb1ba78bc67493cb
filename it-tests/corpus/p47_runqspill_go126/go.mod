module example.com/p47_runqspill_go126

go 1.26
