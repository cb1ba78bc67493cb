module example.com/p133_preemptregs

go 1.24
