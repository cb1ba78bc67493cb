module example.com/p72_interfaces

go 1.26
