module example.com/p14_control

go 1.21
