module example.com/p46_runqspill

go 1.21
