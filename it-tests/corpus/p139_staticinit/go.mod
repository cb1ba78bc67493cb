module example.com/p139_staticinit

go 1.24
