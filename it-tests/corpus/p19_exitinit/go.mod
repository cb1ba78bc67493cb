module example.com/p19_exitinit

go 1.21
